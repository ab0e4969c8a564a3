package nl.coachdans.cli;

import nl.coachdans.assignments.OpenedFile;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    LanguageOption lang;

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
        WordBook w = lang.words("trainer");
        if (f.kind() == OpenedFile.Kind.MISSING) throw new UserError(w.text("console.error.noFileOrFolder", file.toString()), 2);
        out.println(w.text(opening(f.kind()), abs.toString()));
        out.flush();
        return window.apply(abs);
    }

    private static String opening(OpenedFile.Kind kind) {
        return switch (kind) {
            case ASSIGNMENT -> "console.open.assignment";
            case RESULT -> "console.open.result";
            case RECORD -> "console.open.record";
            case FOLDER -> "console.open.folder";
            default -> "console.open.other";
        };
    }
}
