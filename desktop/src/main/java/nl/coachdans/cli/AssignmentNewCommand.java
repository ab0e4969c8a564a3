package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentReader;
import nl.coachdans.assignments.AssignmentTemplate;
import nl.coachdans.sessions.Mode;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "new", description = {
        "Writes a commented assignment file (Dutch and English comments) to fill in.",
        "Without --out it is printed."})
final class AssignmentNewCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the template to FILE (.yaml).")
    Path outFile;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Option(names = "--title", defaultValue = "Oefenopdracht", description = "Title students see (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--trainer", defaultValue = "Naam trainer", description = "Your name (default: ${DEFAULT-VALUE}).")
    String trainer;

    @Option(names = "--scenario", paramLabel = "ID", description = "A scenario to assign; repeat for more (default: the first built-in one).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--mode", defaultValue = "practice", paramLabel = "practice|exam", description = "Mode (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--attempts", defaultValue = "3", description = "Attempts per scenario (default: ${DEFAULT-VALUE}).")
    int attempts;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", description = "Due date (default: two weeks from today).")
    String due;

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the scenarios of this content folder (frameworks/, scenarios/).")
    List<Path> contentRoots = new ArrayList<>();

    @Mixin
    LanguageOption lang;

    private final ContentPaths content;
    private final PrintWriter out;

    AssignmentNewCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() {
        WordBook w = lang.words("trainer");
        ContentCatalog catalog = content.catalog(contentRoots, w);
        if (catalog.playableIds().isEmpty()) throw new UserError(w.text("console.error.noScenarios"), 2);
        List<Scenario> chosen = new ArrayList<>();
        for (String id : scenarios.isEmpty() ? List.of(catalog.playableIds().get(0)) : scenarios) {
            Scenario s = catalog.playable().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() ->
                    new UserError(w.text("console.error.unknownScenario", TerminalText.name(id), String.join(", ", catalog.playableIds())), 2));
            if (!chosen.contains(s)) chosen.add(s);
        }
        Mode m = switch (mode) {
            case "practice" -> Mode.PRACTICE;
            case "exam" -> Mode.EXAM;
            default -> throw new UserError(w.text("console.error.unknownMode", TerminalText.name(mode)), 2);
        };
        if (attempts < 1) throw new UserError(w.text("console.error.attempts"), 2);
        LocalDate dueDate;
        try {
            dueDate = due == null ? LocalDate.now().plusWeeks(2) : LocalDate.parse(due);
        } catch (DateTimeParseException e) {
            throw new UserError(w.text("console.error.due", TerminalText.name(due)), 2);
        }
        String id = AssignmentTemplate.newId(title, new SecureRandom());
        String yaml = AssignmentTemplate.yaml(id, title, trainer, chosen, catalog.playableIds(), m, attempts, dueDate);
        selfCheck(yaml, catalog);
        if (outFile == null) {
            out.print(yaml);
        } else {
            OutputFiles.write(outFile, yaml.getBytes(StandardCharsets.UTF_8), force, w);
            out.println(w.text("console.new.wrote", outFile.toString(), id));
        }
        out.flush();
        return 0;
    }

    /** The template must load as it is; anything else is a bug in this program, not the user's. */
    private static void selfCheck(String yaml, ContentCatalog catalog) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("coachdans-assignment", ".yaml");
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
            ReadResult<Assignment> r = new AssignmentReader(catalog.playable()).read(tmp);
            if (!r.ok()) throw new IllegalStateException("template does not load: " + r.findings().stream().map(Finding::toString).toList());
        } catch (java.io.IOException e) {
            // Without a temporary folder the check is skipped; the template is still written.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (java.io.IOException ignored) {
                    // a stray temporary file is harmless
                }
            }
        }
    }
}
