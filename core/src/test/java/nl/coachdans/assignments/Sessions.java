package nl.coachdans.assignments;

import nl.coachdans.scoring.Axis;
import nl.coachdans.engine.Session;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.RecordHeader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.ContentHash;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.Scorer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions of the example scenario voorbeeld (framework mini-grow) for the screen-model tests:
 * known paths, records made and re-read the way the game does, and a small assignment.
 */
final class Sessions {
    static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");
    /** Everything bekwaam, best ending, no risk. */
    static final List<String> EXPERT = Fixtures.EXPERT;
    /** Everything nog niet, poor ending, a critical risk at turn 2. */
    static final List<String> POOR = List.of("mail-tips", "open-oordeel", "dicht-volhouden");
    /** Two choices in: not finished. */
    static final List<String> HALF = List.of("mail-afspraak", "open-doel");

    static final Scenario VOORBEELD = Fixtures.voorbeeld();
    static final Curriculum CURRICULUM = Fixtures.curriculum();

    private Sessions() {
    }

    static ScenarioSource source() {
        return id -> id.equals(VOORBEELD.id()) ? Optional.of(new ScenarioSource.Playable(VOORBEELD, CURRICULUM)) : Optional.empty();
    }

    static Assignment assignment(String id, Mode mode, Integer attempts) {
        Map<Axis, Band> bands = new LinkedHashMap<>();
        bands.put(Axis.steps("mini-grow"), Band.BEKWAAM);
        return new Assignment(1, id, "Noor oefenen", "Fer", List.of("voorbeeld"), mode, attempts,
                new Assignment.PassCriteria(bands, true), LocalDate.parse("2025-03-31"));
    }

    static String yaml(String id, Mode mode, int attempts) {
        return AssignmentTemplate.yaml(id, "Noor oefenen", "Fer", List.of(VOORBEELD), List.of("voorbeeld"), mode, attempts,
                LocalDate.parse("2025-03-31"));
    }

    /** A record with a stable id from {@code name}, choices a minute apart, summarised as the game saves it. */
    static SessionRecord record(String name, List<String> choices, Mode mode, String assignment, Instant started, String trainee) {
        SessionRecord r = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes(name.getBytes()).toString(), VOORBEELD.id(),
                VOORBEELD.version(), ContentHash.of(VOORBEELD, CURRICULUM), "nl", mode, 7, trainee, assignment, started),
                List.of(), null, null, null);
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), null, started.plusSeconds(60L * (i + 1)));
        var t = Session.replay(VOORBEELD, CURRICULUM, 7, choices).transcript();
        return r.summarised(t, new Scorer(CURRICULUM).score(VOORBEELD, t));
    }

    static SessionRecord record(String name, List<String> choices, Mode mode, String assignment, Instant started) {
        return record(name, choices, mode, assignment, started, "Sam");
    }

    static StoredRecord stored(SessionRecord rec) {
        return new RecordReader(source()).check(null, rec);
    }
}
