package nl.coachdans.classreport;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.coachdans.files.Explanation;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.catalog.ScenarioSource;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a trainer reads about a class: every file with its status, per student and scenario the
 * bands and pass/fail, the most common risks and at which decision, self-rating against the
 * computed band, and the study-mode annotations. Every score in here was recomputed from the
 * recorded choices. Immutable; serialises to the JSON of {@code coachdans report --json}.
 *
 * <p>A record "counts" when it is usable (ok or altered), not a second copy of a session already
 * seen, and, with an assignment, made for it on one of its scenarios within the attempts allowed.
 * Only counted records feed the figures; the others are still listed with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"records", "totals", "assignment", "scenarios", "students", "bands", "risks", "calibration",
        "calibrationTotals", "annotationTallies", "annotations"})
public record ClassReport(
        Assignment assignment,
        Totals totals,
        List<FileEntry> records,
        List<ScenarioInfo> scenarios,
        List<Student> students,
        List<BandTally> bands,
        List<RiskTally> risks,
        List<Calibration> calibration,
        List<CalibrationCount> calibrationTotals,
        List<AnnotationTally> annotationTallies,
        List<AnnotationRow> annotations) {

    public ClassReport {
        records = List.copyOf(records);
        scenarios = List.copyOf(scenarios);
        students = List.copyOf(students);
        bands = List.copyOf(bands);
        risks = List.copyOf(risks);
        calibration = List.copyOf(calibration);
        calibrationTotals = List.copyOf(calibrationTotals);
        annotationTallies = List.copyOf(annotationTallies);
        annotations = List.copyOf(annotations);
    }

    /**
     * Reads every file under {@code folder} and builds the report; with an assignment, pass/fail
     * is judged against it (never against the copy inside a student's result file).
     */
    public static ClassReport build(Path folder, ScenarioSource scenarios, Assignment assignment) throws IOException {
        return new ClassReportBuilder(scenarios, assignment).build(new RecordFolder(scenarios).read(folder));
    }

    /** Builds the report over items already read (the trainer screen reads a folder once). */
    public static ClassReport build(List<RecordFolder.Item> items, ScenarioSource scenarios, Assignment assignment) {
        return new ClassReportBuilder(scenarios, assignment).build(items);
    }

    /** How many files and records were found, by status; {@code counted}: records in the figures. */
    public record Totals(int files, int records, int ok, int altered, int stale, int corrupt, int counted, int students) { }

    /**
     * One record (or unreadable file) with its status; {@code item} is its place in a result file,
     * {@code student} the student it is reported under (the file's name in brackets when the record
     * names nobody).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"file", "item", "status", "message", "why"})
    public record FileEntry(String file, Integer item, RecordStatus status, @JsonProperty("why") Explanation explanation, String record,
                            String student, String scenario, boolean counted) {
        /** The explanation in English: JSON carries it beside the codes ({@code why}), as before. */
        @JsonProperty("message")
        public String message() {
            return Explanation.english(explanation);
        }
    }

    /** {@code content}: where the judging content came from when it is not the built-in content, else null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScenarioInfo(String id, Integer version, LocalizedText title, String content) { }

    /** A student: per scenario the attempt that is shown; {@code passed} only with an assignment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Student(String name, Boolean passed, List<ScenarioOutcome> scenarios) {
        public Student {
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * One student on one scenario: the number of counted attempts and the attempt shown (the first
     * that passed, else the best: finished, then highest bands, then latest).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScenarioOutcome(String scenario, int attempts, String record, String file, Instant started,
                                  boolean finished, String ending, Map<Axis, Band> bands, int criticalRisks,
                                  Boolean passed, boolean late, List<AssignmentRules.Check> failures) {
        public ScenarioOutcome {
            bands = bands == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(bands));
            failures = failures == null ? List.of() : List.copyOf(failures);
        }
    }

    /** How many shown, finished attempts got each band on one axis (in JSON its key) of one scenario. */
    public record BandTally(String scenario, @JsonProperty("key") Axis axis, int nogNiet, int inOntwikkeling, int bekwaam) {
        public int total() {
            return nogNiet + inOntwikkeling + bekwaam;
        }
    }

    /** A risk with how often it was committed, in how many sessions and by how many students, and where. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RiskTally(String scenario, String framework, String risk, Severity severity, LocalizedText name,
                            int count, int sessions, int students, List<Decision> at) {
        public RiskTally {
            at = List.copyOf(at);
        }
    }

    /** A decision point: the node and the choice made there, with how often it committed the risk. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String node, String choice, LocalizedText choiceText, int count) { }

    /**
     * Self-rating against the computed band on one axis: {@code over} when the trainee rated higher
     * than the recomputed band, {@code under} when lower. A student's sum over all axes has no axis;
     * in JSON {@code key} is the axis's key, or {@code total} for the sum.
     */
    @JsonPropertyOrder({"key", "under", "accurate", "over"})
    public record CalibrationCount(@JsonIgnore Axis axis, int under, int accurate, int over) {
        @JsonProperty("key")
        String key() {
            return axis == null ? "total" : axis.key();
        }

        CalibrationCount plus(CalibrationCount o) {
            return new CalibrationCount(axis, under + o.under, accurate + o.accurate, over + o.over);
        }
    }

    /** One student's calibration, per axis and in total. */
    public record Calibration(String student, List<CalibrationCount> keys, CalibrationCount total) {
        public Calibration {
            keys = List.copyOf(keys);
        }
    }

    /** How often each reaction was marked at one decision. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationTally(String scenario, String node, String choice, LocalizedText choiceText,
                                  int herken, int verbaast, int ergert) { }

    /** One study-mode mark as the student made it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnotationRow(String student, String scenario, String record, int turn, String node, String choice,
                                Annotation.Reaction reaction, String note) { }
}
