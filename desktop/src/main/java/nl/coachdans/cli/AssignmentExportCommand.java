package nl.coachdans.cli;

import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.files.DataHome;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = {
        "Collects a student's attempts at an assignment into one result file to hand in.",
        "Every record made for the assignment goes in, finished or not; nothing is left behind."})
final class AssignmentExportCommand implements Callable<Integer> {

    @Option(names = "--assignment", required = true, paramLabel = "FILE", description = "The assignment file.")
    Path assignmentFile;

    @Option(names = "--records", paramLabel = "DIR", description = "Folder with the session records (default: the game's own records folder).")
    Path records;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The result file to write (.json).")
    Path outFile;

    @Option(names = "--trainee", paramLabel = "NAME", description = "Whose result this is (default: the name in the records).")
    String trainee;

    @Option(names = "--force", description = "Replace FILE when it exists.")
    boolean force;

    @Option(names = "--content", paramLabel = "DIR", description = "Also know the scenarios of this content folder (frameworks/, scenarios/).")
    List<Path> contentRoots = new ArrayList<>();

    @Mixin
    LanguageOption lang;

    private final ContentPaths content;
    private final PrintWriter out;

    AssignmentExportCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        WordBook w = lang.words("trainer");
        ContentCatalog catalog = content.catalog(contentRoots, w);
        Assignment a = AssignmentCommand.load(assignmentFile, catalog, w);
        Path dir = records != null ? records : DataHome.resolve().resolve("records");
        if (!Files.exists(dir)) throw new UserError(w.text("console.error.noRecordsFolder", dir.toString()), 2);
        List<RecordFolder.Item> items = new RecordFolder(catalog.source()).read(dir);
        List<SessionRecord> all = new ArrayList<>();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (RecordFolder.Item it : items) {
            // The same rule as report and export: only valid records, each session once.
            SessionRecord r = it.record();
            if (r == null || it.status() == RecordStatus.CORRUPT) {
                out.println(w.text("console.notInResult", TerminalText.name(it.place()), it.explanation() == null ? "" : it.explanation().render(w)));
            } else if (seen.putIfAbsent(r.id(), it.place()) != null) {
                out.println(w.text("console.sameSession", TerminalText.name(it.place()), TerminalText.name(seen.get(r.id()))));
            } else {
                all.add(r);
            }
        }
        String who = trainee;
        if (who == null || who.isBlank()) {
            List<SessionRecord> mine = all.stream().filter(r -> a.id().equals(r.assignment())).toList();
            try {
                who = AssignmentResults.traineeOf(mine).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new UserError(w.text("console.error.trainee", e.getMessage()), 1);
            }
        }
        AssignmentResult result = AssignmentResults.of(a, all, who, Instant.now());
        if (result.records().isEmpty()) {
            throw new UserError(w.text("console.error.noRecords", a.id(), a.title(), dir.toString()), 1);
        }
        AssignmentRules rules = new AssignmentRules(a);
        for (String sc : a.scenarios()) {
            int n = rules.attemptsAt(sc, result.records()).size();
            if (a.attempts() != null && n > a.attempts()) {
                out.println(w.text("console.tooManyAttempts", n, sc, a.attempts()));
            }
        }
        OutputFiles.write(outFile, AssignmentResults.bytes(result), force, w);
        // Counted from the replayed records, not from their stored summaries.
        java.util.Set<String> ids = new java.util.HashSet<>(result.records().stream().map(SessionRecord::id).toList());
        long finished = items.stream().filter(it -> it.usable() && ids.contains(it.record().id()) && it.stored().profile().finished())
                .map(it -> it.record().id()).distinct().count();
        out.println(w.text("console.exported", outFile.toString(), result.records().size(), finished, a.title(),
                who == null ? "" : " " + w.text("console.by", who), a.trainer()));
        out.flush();
        return 0;
    }
}
