package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import nl.coachdans.engine.Transcript;
import nl.coachdans.scenario.ContentHash;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ScoreProfile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything needed to replay and re-score one session: what it was (the header: scenario id,
 * version and content fingerprint, seed ...), every choice with its time and think-first text, and
 * what the trainee added afterwards (reflection, study notes). The summary is a convenience for
 * listings, recomputed and checked whenever the record is read. The file is one flat object, laid
 * out by {@link RecordShape}.
 */
public record SessionRecord(
        RecordHeader header,
        List<RecordedChoice> choices,
        Summary summary,
        Reflection reflection,
        StudyNotes study) {

    /** The record format this program writes; a higher number comes from a newer program. */
    public static final int FORMAT = 1;

    public SessionRecord {
        java.util.Objects.requireNonNull(header, "header");
        // A null entry is kept so that problem() can name it; List.copyOf would throw instead.
        choices = choices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(choices));
        reflection = reflection == null ? Reflection.NONE : reflection;
        study = study == null ? StudyNotes.NONE : study;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SessionRecord fromFile(RecordShape shape) {
        return shape == null ? null : shape.toRecord();
    }

    @JsonValue
    RecordShape toFile() {
        return RecordShape.of(this);
    }

    public static SessionRecord start(Scenario scenario, Curriculum curriculum, String language, Mode mode, long seed,
                                      String trainee, Instant now) {
        RecordHeader header = new RecordHeader(FORMAT, UUID.randomUUID().toString(), scenario.id(), scenario.version(),
                ContentHash.of(scenario, curriculum), language, mode, seed, blankToNull(trainee), null, now);
        return new SessionRecord(header, List.of(), new Summary(null, null, Map.of()), Reflection.NONE, StudyNotes.NONE);
    }

    // The header's facts, read everywhere a record is listed, judged or sent.
    public int format() { return header.format(); }
    public String id() { return header.id(); }
    public String scenario() { return header.scenario(); }
    public int version() { return header.version(); }
    public String contentHash() { return header.contentHash(); }
    public String language() { return header.language(); }
    public Mode mode() { return header.mode(); }
    public long seed() { return header.seed(); }
    public String trainee() { return header.trainee(); }
    public String assignment() { return header.assignment(); }
    public Instant started() { return header.started(); }

    /**
     * What makes this not a valid record, in a user's words, or null when it is one. The one rule
     * that every reader (report, export, assignment export, the game) applies.
     */
    public String problem() {
        if (scenario() == null || scenario().isBlank()) return "it names no scenario";
        if (id() == null || id().isBlank()) return "it has no id";
        if (format() < 1) return "record format " + format() + " is not one Coachdans writes";
        if (version() < 1) return "it names scenario version " + version() + "; versions start at 1";
        for (RecordedChoice c : choices) {
            if (c == null || c.choice() == null || c.choice().isBlank()) return "one of its choices has no choice id";
        }
        return null;
    }

    public List<String> choiceIds() {
        return choices.stream().map(RecordedChoice::choice).toList();
    }

    public boolean finished() {
        return summary != null && summary.ending() != null;
    }

    /** This record with one more choice. */
    public SessionRecord with(String choice, String thought, Instant at) {
        List<RecordedChoice> next = new ArrayList<>(choices);
        next.add(new RecordedChoice(choice, at, blankToNull(thought)));
        return new SessionRecord(header, next, summary, reflection, study);
    }

    /** This record without its last choice (practice mode's step back). */
    public SessionRecord withoutLast() {
        return choices.isEmpty() ? this : new SessionRecord(header, choices.subList(0, choices.size() - 1), summary, reflection, study);
    }

    /** This record with its summary taken from a freshly computed profile. */
    public SessionRecord summarised(Transcript transcript, ScoreProfile profile) {
        return new SessionRecord(header, choices, summaryOf(transcript, profile), reflection, study);
    }

    public SessionRecord withAssignment(String assignmentId) {
        return new SessionRecord(header.withAssignment(assignmentId), choices, summary, reflection, study);
    }

    public SessionRecord withReflection(Map<String, String> ratings, String note) {
        return new SessionRecord(header, choices, summary, new Reflection(ratings, blankToNull(note)), study);
    }

    public SessionRecord withStudy(List<Annotation> marks, String inspires) {
        return new SessionRecord(header, choices, summary, reflection, new StudyNotes(marks, blankToNull(inspires)));
    }

    static Summary summaryOf(Transcript transcript, ScoreProfile profile) {
        Map<String, String> bands = new LinkedHashMap<>();
        profile.bands().forEach((k, v) -> bands.put(k.key(), v.code()));
        return new Summary(transcript.endingNode(), transcript.ending() == null ? null : transcript.ending().code(), bands);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
