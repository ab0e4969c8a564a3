package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.sessions.Mode;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", description = {
        "Checks an assignment file against the scenarios known here and prints what it asks.",
        "Exit 0 when it can be used, 1 when it has errors, 2 when it cannot be read."})
final class AssignmentCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The assignment file (.yaml or .json).")
    Path file;

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the scenarios of this content folder (frameworks/, scenarios/).")
    List<Path> contentRoots = new ArrayList<>();

    @Mixin
    LanguageOption lang;

    private final ContentPaths content;
    private final PrintWriter out;

    AssignmentCheckCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() {
        WordBook w = lang.words("trainer");
        WordBook ui = lang.words("ui");
        Assignment a = AssignmentCommand.load(file, content.catalog(contentRoots, w), w);
        out.println(w.text("console.check.ok", file.toString()));
        out.println("  " + w.text("console.check.title", a.title(), a.id(), a.trainer()));
        out.println("  " + w.text("console.check.scenarios", String.join(", ", a.scenarios())));
        out.println("  " + w.text("console.check.mode", w.text(a.mode() == Mode.EXAM ? "html.exam" : "html.practice"),
                a.attempts() == null ? w.text("html.unlimited") : String.valueOf(a.attempts()))
                + (a.due() == null ? "" : w.text("console.due", a.due().toString())));
        List<String> pass = new ArrayList<>();
        pass.add(w.text("console.check.finished"));
        a.pass().bands().forEach((k, b) -> pass.add(k.key() + " >= " + ui.text("band." + b.code())));
        if (a.pass().noCriticalRisk()) pass.add(w.text("console.check.noCriticalRisk"));
        out.println("  " + w.text("console.check.passedWhen", String.join(", ", pass)));
        if (a.lrs() != null) {
            out.println("  " + w.text(a.lrs().pseudonym() ? "console.check.lrsPseudonym" : "console.check.lrsNamed", a.lrs().endpoint()));
        }
        out.flush();
        return 0;
    }
}
