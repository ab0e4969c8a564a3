package nl.coachdans.sessions;

import nl.coachdans.scoring.Axis;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records of the example scenario voorbeeld (framework mini-grow) for the assignment, report,
 * progress and xAPI tests, with paths whose profiles are known (see the constants).
 */
public final class ReportFixtures {
    public static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");

    /** Everything bekwaam, ending best, no risk. */
    public static final List<String> EXPERT = Fixtures.EXPERT;
    /** Everything nog-niet, ending poor; oplossing-te-vroeg at turn 1 (node mail), critical oordeel at turn 2 (node open). */
    public static final List<String> POOR = List.of("mail-tips", "open-oordeel", "dicht-volhouden");
    /** Steps and risks nog-niet, ending in-ontwikkeling (mixed), dance nog-niet; oplossing-te-vroeg at turns 2, 3 and 4. */
    public static final List<String> MIXED = List.of("mail-afspraak", "open-opties", "doel-advies", "situatie-lijst", "opties-vaag");
    /** Steps in-ontwikkeling, risks nog-niet, ending bekwaam (best), dance in-ontwikkeling; oplossing-te-vroeg at turns 4 and 5. */
    public static final List<String> LIST = List.of("mail-afspraak", "open-doel", "doel-realiteit", "situatie-lijst", "opties-wil");
    /** Two choices in: not finished. */
    public static final List<String> HALF = List.of("mail-afspraak", "open-doel");

    public static final Curriculum CURRICULUM = Fixtures.curriculum();
    public static final Scenario VOORBEELD = Fixtures.voorbeeld();

    private ReportFixtures() {
    }

    public static ScenarioSource source() {
        return id -> id.equals(VOORBEELD.id()) ? Optional.of(new ScenarioSource.Playable(VOORBEELD, CURRICULUM)) : Optional.empty();
    }

    public static Assignment assignment(Mode mode, Integer attempts) {
        return new Assignment(1, "noor-oefenen-ab12", "Noor oefenen", "Fer", List.of("voorbeeld"), mode, attempts,
                new Assignment.PassCriteria(ordered("mini-grow.steps", Band.BEKWAAM, "mini-grow.risks", Band.IN_ONTWIKKELING), true),
                LocalDate.parse("2025-03-31"));
    }

    /** A record with a deterministic id (from {@code name}), choices 30 seconds apart, summarised. */
    public static SessionRecord record(String name, List<String> choices, String trainee, Mode mode, String assignment, Instant started) {
        SessionRecord r = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes(name.getBytes()).toString(), VOORBEELD.id(),
                VOORBEELD.version(), nl.coachdans.scenario.ContentHash.of(VOORBEELD, CURRICULUM), "nl", mode, 7, trainee, assignment, started),
                List.of(), null, null, null);
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), null, started.plusSeconds(30L * (i + 1)));
        Transcript t = Session.replay(VOORBEELD, CURRICULUM, 7, choices).transcript();
        return r.summarised(t, profile(choices));
    }

    public static ScoreProfile profile(List<String> choices) {
        return new Scorer(CURRICULUM).score(VOORBEELD, Session.replay(VOORBEELD, CURRICULUM, 7, choices).transcript());
    }

    public static StoredRecord stored(SessionRecord rec) {
        return new RecordReader(source()).check(null, rec);
    }

    /** Map.of has no order; criteria and reports keep the order they are given. */
    public static Map<Axis, Band> ordered(Object... keyThenBand) {
        Map<Axis, Band> m = new LinkedHashMap<>();
        for (int i = 0; i < keyThenBand.length; i += 2) m.put(Axis.parse((String) keyThenBand[i]), (Band) keyThenBand[i + 1]);
        return m;
    }

    /** Self-ratings: the given band codes per key. */
    public static Map<String, String> ratings(String... keyThenCode) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyThenCode.length; i += 2) m.put(keyThenCode[i], keyThenCode[i + 1]);
        return m;
    }

    public static List<SessionRecord> list(SessionRecord... r) {
        return new ArrayList<>(List.of(r));
    }
}
