package nl.coachdans.assignments;

import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.RecordStore;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.play.PlaySession;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Starts or resumes an attempt at one scenario of an assignment, after asking the rules: the mode
 * is the assignment's (exam: no feedback, no step back), the record carries the assignment's id,
 * and a new attempt is refused when none is left or, in an exam, while one is still open. The
 * records are read fresh from disk each time, so two quick starts cannot both slip through.
 */
public final class AttemptStarter {
    /** A running session, or the reason none was started. */
    public record Outcome(PlaySession session, AssignmentRules.Attempts refused) {
        public boolean started() {
            return session != null;
        }
    }

    private final AssignmentRules rules;
    private final RecordStore store;
    private final Curriculum curriculum;
    private final Clock clock;

    public AttemptStarter(Assignment assignment, RecordStore store, Curriculum curriculum, Clock clock) {
        this.rules = new AssignmentRules(assignment);
        this.store = store;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /** A new attempt, when the rules allow one. */
    public Outcome start(Scenario scenario, Language language, String trainee, long seed) {
        List<SessionRecord> records = records(store.list());
        AssignmentRules.Attempts a = rules.attempts(scenario.id(), records);
        if (!a.canStart()) return new Outcome(null, a);
        SessionRecord fresh = rules.start(scenario, curriculum, records, language.code(), seed, trainee, clock.instant());
        return new Outcome(PlaySession.begin(fresh, scenario, curriculum, store, clock), null);
    }

    /** Continues the open attempt at this scenario; refused (with the attempts) when there is none to continue. */
    public Outcome resume(Scenario scenario) {
        List<StoredRecord> stored = store.list();
        AssignmentRules.Attempts a = rules.attempts(scenario.id(), records(stored));
        StoredRecord open = a.unfinished() == null ? null : stored.stream()
                .filter(s -> s.record() != null && a.unfinished().id().equals(s.record().id()) && s.status() == RecordStatus.OK && s.transcript() != null)
                .findFirst().orElse(null);
        if (open == null) return new Outcome(null, a);
        return new Outcome(PlaySession.resume(open.record(), scenario, curriculum, store, clock), null);
    }

    private static List<SessionRecord> records(List<StoredRecord> stored) {
        return stored.stream().map(StoredRecord::record).filter(Objects::nonNull).toList();
    }
}
