package nl.coachdans.cli;

import nl.coachdans.assignments.OpenedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "open", description = {
        "Starts the game with a file opened: an assignment (added to your assignments), a result file,",
        "a session record (its debrief), or a folder of students' files (the class report).",
        "Whatever is wrong with the file is shown in the game; the file itself is never changed."})
final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The assignment (.yaml or .json), result, record or folder to open.")
    Path file;

    private final PrintWriter out;
    private final Function<Path, Integer> window;


    /** {@code window} starts the game with the file (tests pass their own). */
    OpenCommand(PrintWriter out, Function<Path, Integer> window) {
        this.out = out;
        this.window = window;
    }

    @Override
    public Integer call() {
        Path abs = file.toAbsolutePath().normalize();
        OpenedFile f = OpenedFile.classify(abs);
        if (f.kind() == OpenedFile.Kind.MISSING) throw new UserError(file + ": no such file or folder", 2);
        out.println("opening " + describe(f.kind()) + " " + abs + " in the game");
        out.flush();
        return window.apply(abs);
    }

    private static String describe(OpenedFile.Kind kind) {
        return switch (kind) {
            case ASSIGNMENT -> "the assignment";
            case RESULT -> "the result file";
            case RECORD -> "the session record";
            case FOLDER -> "the class folder";
            default -> "the file (not recognised; the game says why)";
        };
    }
}
