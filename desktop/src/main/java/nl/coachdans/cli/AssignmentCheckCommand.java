package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.sessions.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    private final ContentPaths content;
    private final PrintWriter out;

    AssignmentCheckCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() {
        Assignment a = AssignmentCommand.load(file, content.catalog(contentRoots));
        out.println(file + ": ok");
        out.println("  " + a.title() + " (" + a.id() + ") by " + a.trainer());
        out.println("  scenarios: " + String.join(", ", a.scenarios()));
        out.println("  mode: " + (a.mode() == Mode.EXAM ? "exam" : "practice") + ", attempts per scenario: "
                + (a.attempts() == null ? "no limit" : a.attempts()) + (a.due() == null ? "" : ", due " + a.due()));
        List<String> pass = new ArrayList<>();
        pass.add("finished");
        a.pass().bands().forEach((k, b) -> pass.add(k.key() + " >= " + b.code()));
        if (a.pass().noCriticalRisk()) pass.add("no critical risk");
        out.println("  passed when: " + String.join(", ", pass));
        if (a.lrs() != null) {
            out.println("  results go to the learning record store at " + a.lrs().endpoint() + " while students play, "
                    + (a.lrs().pseudonym() ? "under a pseudonym" : "under their names"));
        }
        out.flush();
        return 0;
    }
}
