package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * Everything needed to replay and re-score one session: the scenario's id, version and content
 * hash, the seed, every choice with its time and think-first text. The summary is a convenience
 * for listings, recomputed and checked whenever the record is read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionRecord(
        int format,
        String id,
        String scenario,
        int version,
        String contentHash,
        String language,
        Mode mode,
        long seed,
        String trainee,
        String assignment,
        Instant started,
        List<RecordedChoice> choices,
        Summary summary,
        Map<String, String> selfRatings,
        String selfNote,
        List<Annotation> annotations,
        String inspiration) {

    /** The record format this program writes; a higher number comes from a newer program. */
    public static final int FORMAT = 1;

    public SessionRecord {
        // A null entry is kept so that problem() can name it; List.copyOf would throw instead.
        choices = choices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(choices));
        selfRatings = selfRatings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(selfRatings));
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    public static SessionRecord start(Scenario scenario, Curriculum curriculum, String language, Mode mode, long seed, String trainee, Instant now) {
        return new SessionRecord(FORMAT, UUID.randomUUID().toString(), scenario.id(), scenario.version(),
                ContentHash.of(scenario, curriculum), language, mode, seed, blankToNull(trainee), null, now, List.of(),
                new Summary(null, null, Map.of()), null, null, null, null);
    }

    /**
     * What makes this not a valid record, in a user's words, or null when it is one. The one rule
     * that every reader (report, export, assignment export, the game) applies.
     */
    public String problem() {
        if (scenario == null || scenario.isBlank()) return "it names no scenario";
        if (id == null || id.isBlank()) return "it has no id";
        if (format < 1) return "record format " + format + " is not one Coachdans writes";
        if (version < 1) return "it names scenario version " + version + "; versions start at 1";
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
        return withChoices(next);
    }

    /** This record without its last choice (practice mode's step back). */
    public SessionRecord withoutLast() {
        return choices.isEmpty() ? this : withChoices(choices.subList(0, choices.size() - 1));
    }

    private SessionRecord withChoices(List<RecordedChoice> next) {
        return new SessionRecord(format, id, scenario, version, contentHash, language, mode, seed, trainee, assignment,
                started, next, summary, selfRatings, selfNote, annotations, inspiration);
    }

    /** This record with its summary taken from a freshly computed profile. */
    public SessionRecord summarised(Transcript transcript, ScoreProfile profile) {
        return new SessionRecord(format, id, scenario, version, contentHash, language, mode, seed, trainee, assignment,
                started, choices, summaryOf(transcript, profile), selfRatings, selfNote, annotations, inspiration);
    }

    public SessionRecord withAssignment(String assignmentId) {
        return new SessionRecord(format, id, scenario, version, contentHash, language, mode, seed, trainee, assignmentId,
                started, choices, summary, selfRatings, selfNote, annotations, inspiration);
    }

    public SessionRecord withReflection(Map<String, String> ratings, String note) {
        return new SessionRecord(format, id, scenario, version, contentHash, language, mode, seed, trainee, assignment,
                started, choices, summary, ratings, blankToNull(note), annotations, inspiration);
    }

    public SessionRecord withStudy(List<Annotation> marks, String inspires) {
        return new SessionRecord(format, id, scenario, version, contentHash, language, mode, seed, trainee, assignment,
                started, choices, summary, selfRatings, selfNote, marks, blankToNull(inspires));
    }

    static Summary summaryOf(Transcript transcript, ScoreProfile profile) {
        Map<String, String> bands = new LinkedHashMap<>();
        profile.bands().forEach((k, v) -> bands.put(k, v.code()));
        return new Summary(transcript.endingNode(), transcript.ending() == null ? null : transcript.ending().code(), bands);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
