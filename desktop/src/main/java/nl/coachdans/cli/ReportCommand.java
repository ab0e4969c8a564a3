package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.classreport.ClassReport;
import nl.coachdans.classreport.ClassReportHtml;
import nl.coachdans.sessions.Mode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.scenario.Language;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.lrs.LrsClient;
import nl.coachdans.lrs.StoreComparison;
import nl.coachdans.classreport.ReportWords;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "report", description = {
        "The class report over a folder of result files and session records (any mix, searched recursively).",
        "Every file is listed with its status: ok, altered, stale or corrupt. Scores are recomputed, never read from the files.",
        "With --lrs, every session's choices are also compared with what the learning record store received during play."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder with the students' files (or one file).")
    Path dir;

    @Option(names = "--assignment", paramLabel = "FILE", description = "Judge pass/fail against this assignment file; only its records count.")
    Path assignmentFile;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Also write the report as one self-contained HTML file.")
    Path html;

    @Option(names = "--json", description = "Print the report as one JSON document instead of text.")
    boolean json;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of the report, in the terminal and in the HTML (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--force", description = "Replace OUT.html when it exists.")
    boolean force;

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the scenarios of this content folder (frameworks/, scenarios/).")
    List<Path> contentRoots = new ArrayList<>();

    @Mixin
    LrsOptions lrs;

    private final ContentPaths content;
    private final PrintWriter out;

    ReportCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        Language language = CliWords.language(lang);
        WordBook w = WordBook.load("trainer", language);
        if (!Files.exists(dir)) throw new UserError(w.text("console.error.noFolder", dir.toString()), 2);
        ContentCatalog catalog = content.catalog(contentRoots, w);
        Assignment assignment = assignmentFile == null ? null : AssignmentCommand.load(assignmentFile, catalog, w);
        List<RecordFolder.Item> items = new RecordFolder(catalog.source()).read(dir);
        ClassReport report = ClassReport.build(items, catalog.source(), assignment);
        List<StoreComparison.Session> received = lrs.given()
                ? new StoreComparison(new LrsClient(Duration.ofSeconds(20))).compare(items, lrs.target(w)) : null;
        if (html != null) {
            OutputFiles.write(html, ClassReportHtml.render(report, language).getBytes(StandardCharsets.UTF_8), force, w);
        }
        if (json) {
            if (received == null) {
                out.println(RecordReader.json().writeValueAsString(report));
            } else {
                ObjectNode doc = RecordReader.json().valueToTree(report);
                doc.set("lrs", RecordReader.json().valueToTree(received));
                out.println(RecordReader.json().writeValueAsString(doc));
            }
        } else {
            printText(report, w, WordBook.load("ui", language), new ReportWords(language));
            if (received != null) printReceived(received, w);
            if (html != null) out.println(w.text("console.wrote", html.toString()));
        }
        out.flush();
        return 0;
    }

    /** Tamper evidence: each session's choices against what the store received while it was played. */
    private void printReceived(List<StoreComparison.Session> sessions, WordBook w) {
        out.println();
        out.println(w.text("console.lrs.compared", lrs.endpoint));
        long flagged = sessions.stream().filter(StoreComparison.Session::flagged).count();
        for (StoreComparison.Session s : sessions) {
            String head = w.text("console.lrs.head", TerminalText.name(s.place()),
                    s.trainee() == null ? w.text("console.lrs.noName") : TerminalText.name(s.trainee()), s.scenario());
            if (s.problem() != null) {
                out.println("  " + w.text("console.lrs.notCompared", head, s.problem()));
            } else if (s.received() == 0) {
                out.println("  " + w.text("console.lrs.nothing", head));
            } else if (!s.flagged()) {
                long waiting = s.differences().size();
                out.println("  " + (waiting == 0 ? w.text("console.lrs.matches", head, s.received())
                        : w.text("console.lrs.matchesWaiting", head, s.received(), waiting)));
            } else {
                out.println("  " + w.text("console.lrs.differs", head));
                for (StoreComparison.Difference d : s.differences()) {
                    out.println("    " + switch (d.kind()) {
                        case CHANGED -> w.text("console.lrs.changed", d.turn(), d.inFile(), d.inStore());
                        case NOT_RECEIVED -> w.text("console.lrs.notReceived", d.turn(), d.inFile());
                        case MISSING_FROM_FILE -> w.text("console.lrs.missingFromFile", d.turn(), d.inStore());
                    });
                }
            }
        }
        out.println("  " + w.text("console.lrs.total", flagged, sessions.size()));
    }

    /** The summary in the terminal, in the words of the trainer bundle (the HTML report's language). */
    private void printText(ClassReport r, WordBook w, WordBook ui, ReportWords checks) {
        ClassReport.Totals t = r.totals();
        out.println(w.text("console.totals", t.files(), t.records(), t.ok(), t.altered(), t.stale(), t.corrupt(), t.counted(), t.students()));
        Assignment a = r.assignment();
        if (a != null) {
            out.println(w.text("console.assignment", a.title(), a.id(), w.text(a.mode() == Mode.EXAM ? "html.exam" : "html.practice"),
                    a.attempts() == null ? w.text("html.unlimited") : String.valueOf(a.attempts()))
                    + (a.due() == null ? "" : w.text("console.due", a.due().toString())));
        } else {
            out.println(w.text("console.noAssignment"));
        }
        List<String> other = r.scenarios().stream().filter(s -> s.content() != null)
                .map(s -> w.text("console.from", s.id(), s.content())).toList();
        out.println(other.isEmpty() ? w.text("console.judgedBuiltIn") : w.text("console.judgedExcept", String.join("; ", other)));
        List<ClassReport.FileEntry> attention = r.records().stream()
                .filter(f -> f.status() != RecordStatus.OK || f.explanation() != null || !f.counted()).toList();
        if (!attention.isEmpty()) {
            out.println();
            out.println(w.text("console.attention"));
            for (ClassReport.FileEntry f : attention) {
                out.println("  " + TerminalText.name(f.file()) + (f.item() == null ? "" : " " + w.text("console.record", String.valueOf(f.item())))
                        + ": " + w.text("status." + f.status().code()) + (f.counted() ? "" : ", " + w.text("console.notCounted"))
                        + (f.explanation() == null ? "" : ": " + f.explanation().render(w)));
            }
        }
        out.println();
        out.println(w.text("console.students"));
        for (ClassReport.Student s : r.students()) {
            out.println("  " + TerminalText.name(s.name()) + (s.passed() == null ? "" : ": " + w.text(s.passed() ? "html.passed" : "html.failed")));
            for (ClassReport.ScenarioOutcome o : s.scenarios()) {
                if (o.attempts() == 0) {
                    out.println("    " + o.scenario() + ": " + w.text("console.noAttempt"));
                    continue;
                }
                String bands = o.bands().entrySet().stream().map(e -> e.getKey().key() + "=" + ui.text("band." + e.getValue().code()))
                        .collect(Collectors.joining(", "));
                List<String> parts = new ArrayList<>();
                if (o.passed() != null) parts.add(w.text(o.passed() ? "html.passed" : "html.failed"));
                parts.add(w.text("console.attempts", o.attempts()));
                parts.add(o.finished() ? w.text("console.ending", o.ending()) : w.text("html.notFinished"));
                if (o.criticalRisks() > 0) parts.add(w.text("console.critical", o.criticalRisks()));
                if (o.late()) parts.add(w.text("html.late"));
                out.println("    " + o.scenario() + ": " + String.join(", ", parts) + (bands.isEmpty() ? "" : "; " + bands));
                for (var c : o.failures()) out.println("      - " + checks.failure(c));
            }
        }
        out.println();
        out.println(w.text("console.risks"));
        if (r.risks().isEmpty()) out.println("  " + w.text("console.none"));
        r.risks().stream().limit(10).forEach(k -> out.println("  " + w.text("console.risk", k.count(),
                k.framework() + "/" + k.risk() + (k.severity() == nl.coachdans.scenario.Severity.CRITICAL ? " (" + w.text("html.critical") + ")" : ""),
                k.scenario(), k.sessions(), k.students(),
                k.at().stream().map(d -> d.node() + " -> " + d.choice() + " " + d.count() + "\u00d7").collect(Collectors.joining(", ")))));
        out.println();
        out.println(w.text("console.calibration"));
        if (r.calibrationTotals().isEmpty()) out.println("  " + w.text("console.noRatings"));
        for (ClassReport.CalibrationCount c : r.calibrationTotals()) {
            out.println("  " + c.axis().key() + ": " + c.under() + " / " + c.accurate() + " / " + c.over());
        }
        out.println();
        long[] marks = new long[Annotation.Reaction.values().length];
        r.annotations().forEach(m -> { if (m.reaction() != null) marks[m.reaction().ordinal()]++; });
        out.println(w.text("console.marks", r.annotations().size(), marks[0], marks[1], marks[2]));
    }
}
