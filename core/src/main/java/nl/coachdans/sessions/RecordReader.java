package nl.coachdans.sessions;

import nl.coachdans.catalog.ScenarioSource;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.UnknownChoiceException;
import nl.coachdans.files.Explanation;
import nl.coachdans.files.Explanation.Why;
import nl.coachdans.scenario.ContentHash;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.ReadLimits;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads session records and recomputes their profile from the recorded choices; the stored summary
 * is only compared, never believed.
 */
public final class RecordReader {
    public static final long MAX_BYTES = ReadLimits.RECORD.maxDocumentBytes();
    /** Reads records and result files alike, so it carries the larger result limits. */
    static final ObjectMapper JSON = JsonMapper.builder(ReadLimits.RESULT.jsonFactory())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ScenarioSource scenarios;
    /**
     * Fingerprints by scenario instance (with the curriculum they were made with). Fingerprinting
     * writes out the whole graph, so a folder of a thousand records would otherwise do it a thousand times.
     */
    private final Map<Scenario, Fingerprint> fingerprints = Collections.synchronizedMap(new IdentityHashMap<>());
    /** Compiling a scenario's tags is most of the cost of scoring one record; a class has few scenarios. */
    private final Map<Scenario, nl.coachdans.engine.Rubric> rubrics = Collections.synchronizedMap(new IdentityHashMap<>());

    public RecordReader(ScenarioSource scenarios) {
        this.scenarios = scenarios;
    }

    private record Fingerprint(nl.coachdans.scenario.Curriculum curriculum, String value) { }

    public static ObjectMapper json() {
        return JSON;
    }

    public StoredRecord read(Path file) {
        SessionRecord rec;
        try {
            if (!Files.isRegularFile(file)) return corrupt(file, null, Explanation.of(Why.NOT_REGULAR));
            if (Files.size(file) > MAX_BYTES) return corrupt(file, null, Explanation.of(Why.TOO_LARGE_RECORD));
            rec = JSON.readValue(file.toFile(), SessionRecord.class);
        } catch (IOException e) {
            return corrupt(file, null, Explanation.of(Why.UNREADABLE_RECORD, ContentReader.describe(e)));
        }
        return check(file, rec);
    }

    /** Replays and re-scores a record that is already in memory. */
    public StoredRecord check(Path file, SessionRecord rec) {
        if (rec == null) return corrupt(file, null, Explanation.of(Why.NO_RECORD));
        if (rec.format() > SessionRecord.FORMAT) {
            return new StoredRecord(file, rec, RecordStatus.STALE, null, null,
                    Explanation.of(Why.NEWER_RECORD, rec.format()));
        }
        String problem = rec.problem();
        if (problem != null) return corrupt(file, rec, Explanation.of(Why.INVALID_RECORD, problem));
        Optional<ScenarioSource.Playable> found = scenarios.find(rec.scenario());
        if (found.isEmpty()) {
            return new StoredRecord(file, rec, RecordStatus.STALE, null, null,
                    Explanation.of(Why.SCENARIO_MISSING, rec.scenario()));
        }
        ScenarioSource.Playable p = found.get();
        ContentHash.Match content = ContentHash.compare(rec.contentHash(), fingerprint(p));
        nl.coachdans.engine.Rubric rubric = rubrics.computeIfAbsent(p.scenario(), sc -> new nl.coachdans.engine.Rubric(sc, p.curriculum()));
        Transcript transcript;
        try {
            transcript = Session.replay(rubric, rec.seed(), rec.choiceIds()).transcript();
        } catch (UnknownChoiceException e) {
            int here = p.scenario().version();
            // Only a record known to be made on this very content is called corrupt (and moved
            // aside); an older fingerprint proves nothing, so such a record is merely out of date.
            if (content == ContentHash.Match.SAME) {
                return corrupt(file, rec, Explanation.of(Why.CHOICES_DO_NOT_FIT, e.getMessage()));
            }
            String first = rec.choiceIds().get(0);
            if (p.scenario().findChoice(first).isEmpty()) {
                return corrupt(file, rec, Explanation.of(Why.WRONG_SCENARIO, rec.scenario(), first));
            }
            Explanation where = rec.version() > here ? Explanation.of(Why.NEWER_VERSION, rec.version(), rec.scenario(), here, e.getMessage())
                    : rec.version() == here ? Explanation.of(Why.OTHER_CONTENT, rec.scenario(), here, e.getMessage())
                    : Explanation.of(Why.OLDER_VERSION, rec.version(), rec.scenario(), here, e.getMessage());
            return new StoredRecord(file, rec, RecordStatus.STALE, null, null, where);
        }
        ScoreProfile profile = new Scorer(p.curriculum()).score(p.scenario(), transcript, rubric);
        Summary recomputed = SessionRecord.summaryOf(transcript, profile);
        if (rec.summary() != null && !agrees(rec.summary(), recomputed)) {
            return new StoredRecord(file, rec, RecordStatus.ALTERED, transcript, profile,
                    Explanation.of(Why.ALTERED, describe(rec.summary()), describe(recomputed)));
        }
        Explanation note = rec.version() != p.scenario().version()
                ? Explanation.of(Why.REPLAYS_ON_VERSION, rec.version(), p.scenario().version())
                : content != ContentHash.Match.CHANGED ? null : Explanation.of(Why.REPLAYS_ON_CONTENT);
        return new StoredRecord(file, rec, RecordStatus.OK, transcript, profile, note);
    }

    /** The current content's fingerprint, as a record made on it now would carry. */
    public String fingerprint(ScenarioSource.Playable p) {
        Fingerprint known = fingerprints.get(p.scenario());
        if (known != null && known.curriculum() == p.curriculum()) return known.value();
        String value = ContentHash.of(p.scenario(), p.curriculum());
        fingerprints.put(p.scenario(), new Fingerprint(p.curriculum(), value));
        return value;
    }

    private static boolean agrees(Summary stored, Summary recomputed) {
        return java.util.Objects.equals(stored.ending(), recomputed.ending())
                && java.util.Objects.equals(stored.quality(), recomputed.quality())
                && stored.bands().equals(recomputed.bands());
    }

    private static String describe(Summary s) {
        return "ending " + (s.ending() == null ? "none" : s.ending() + "/" + s.quality()) + ", bands " + s.bands();
    }

    private static StoredRecord corrupt(Path file, SessionRecord rec, Explanation message) {
        return new StoredRecord(file, rec, RecordStatus.CORRUPT, null, null, message);
    }
}
