package nl.coachdans.classreport;

import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentReader;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Reads a class folder into the same report {@code coachdans report} prints, optionally judged
 * against an assignment file. Plain Java and slow for big classes (every record is replayed), so
 * the trainer screen runs it off the render thread.
 */
public final class ClassReportLoader {
    /** What went wrong before any report could be made. */
    public enum Problem { NO_FOLDER, NOT_A_FOLDER, UNREADABLE_FOLDER, BAD_ASSIGNMENT }

    /** The report, or the problem with the folder or the assignment (with the reader's findings). */
    public record Loaded(Path folder, Path assignmentFile, ClassReport report, Problem problem, List<Finding> findings, String message) {
        public Loaded {
            findings = findings == null ? List.of() : List.copyOf(findings);
        }

        public boolean ok() {
            return report != null;
        }
    }

    private final ScenarioSource source;
    private final Collection<Scenario> playable;

    public ClassReportLoader(ScenarioSource source, Collection<Scenario> playable) {
        this.source = source;
        this.playable = playable;
    }

    /** {@code assignmentFile} may be null: then pass/fail is not judged, as in the command. */
    public Loaded load(Path folder, Path assignmentFile) {
        if (folder == null) return new Loaded(null, assignmentFile, null, Problem.NO_FOLDER, null, null);
        if (!Files.isDirectory(folder)) {
            return new Loaded(folder, assignmentFile, null, Files.exists(folder) ? Problem.NOT_A_FOLDER : Problem.NO_FOLDER, null, null);
        }
        Assignment assignment = null;
        if (assignmentFile != null) {
            ReadResult<Assignment> r = new AssignmentReader(playable).read(assignmentFile);
            if (!r.ok()) {
                return new Loaded(folder, assignmentFile, null, Problem.BAD_ASSIGNMENT,
                        r.findings().stream().filter(Finding::isError).toList(), null);
            }
            assignment = r.value();
        }
        try {
            List<RecordFolder.Item> items = new RecordFolder(source).read(folder);
            return new Loaded(folder, assignmentFile, ClassReport.build(items, source, assignment), null, null, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(folder, assignmentFile, null, Problem.UNREADABLE_FOLDER, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
