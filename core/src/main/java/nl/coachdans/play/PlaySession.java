package nl.coachdans.play;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.TurnTaken;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStore;
import nl.coachdans.sessions.Replays;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One session as the game plays it: the engine's {@link Session} plus its {@link SessionRecord},
 * saved after every choice so that a crash or a kill loses nothing. Plain Java, no libGDX, so it is
 * unit-tested directly.
 */
public final class PlaySession {
    private final Scenario scenario;
    private final Curriculum curriculum;
    private final RecordStore store;
    private final Clock clock;
    private Session session;
    private SessionRecord record;
    private String saveProblem;
    private Consumer<StoredRecord> saved = r -> { };

    private PlaySession(Scenario scenario, Curriculum curriculum, RecordStore store, Clock clock, Session session, SessionRecord record) {
        this.scenario = scenario;
        this.curriculum = curriculum;
        this.store = store;
        this.clock = clock;
        this.session = session;
        this.record = record;
    }

    public static PlaySession start(Scenario scenario, Curriculum curriculum, RecordStore store, Language language,
                                    Mode mode, String trainee, long seed, Clock clock) {
        SessionRecord rec = SessionRecord.start(scenario, curriculum, language.code(), mode, seed, trainee, clock.instant());
        return new PlaySession(scenario, curriculum, store, clock, Session.start(scenario, curriculum, seed), rec);
    }

    /**
     * Starts a session from a record made elsewhere (an assignment's attempt, which carries the
     * assignment and its mode) and saves it at once: an attempt counts from its start, so leaving
     * before the first choice does not give a fresh one.
     */
    public static PlaySession begin(SessionRecord fresh, Scenario scenario, Curriculum curriculum, RecordStore store, Clock clock) {
        PlaySession s = new PlaySession(scenario, curriculum, store, clock, Session.start(scenario, curriculum, fresh.seed()), fresh);
        s.summariseAndSave();
        return s;
    }

    /** Continues a stored session exactly where its last recorded choice left it. */
    public static PlaySession resume(SessionRecord rec, Scenario scenario, Curriculum curriculum, RecordStore store, Clock clock) {
        return new PlaySession(scenario, curriculum, store, clock, Replays.session(rec, scenario, curriculum), rec);
    }

    /** A session moved over to a new version of its scenario, and how much of the talk survived. */
    public record Reloaded(PlaySession play, int kept, String lost) { }

    /**
     * The live preview: the same talk on a new version of the scenario, replayed by its choice ids
     * for as long as each is still offered. The first choice that no longer exists (or is no longer
     * offered there) ends the replay; {@code lost} names it, null when everything was kept.
     */
    public Reloaded reloaded(Scenario next, String language) {
        Session s = Session.start(next, curriculum, record.seed());
        SessionRecord rec = SessionRecord.start(next, curriculum, language, mode(), record.seed(), record.trainee(), clock.instant());
        int kept = 0;
        String lost = null;
        for (var c : record.choices()) {
            if (s.ended() || s.choices().stream().noneMatch(x -> x.id().equals(c.choice()))) {
                lost = c.choice();
                break;
            }
            s.choose(c.choice());
            rec = rec.with(c.choice(), c.thought(), clock.instant());
            kept++;
        }
        PlaySession p = new PlaySession(next, curriculum, store, clock, s, rec);
        p.saved = saved;
        p.summariseAndSave();
        return new Reloaded(p, kept, lost);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Curriculum curriculum() {
        return curriculum;
    }

    public Session session() {
        return session;
    }

    public SessionRecord record() {
        return record;
    }

    public Mode mode() {
        return Mode.orDefault(record.mode());
    }

    /** The number of choices made so far. */
    public int turnsTaken() {
        return record.choices().size();
    }

    /** The think-first text recorded with turn {@code number} (1-based), or null. */
    public String thought(int number) {
        return number >= 1 && number <= record.choices().size() ? record.choices().get(number - 1).thought() : null;
    }

    /**
     * Makes the choice, records it with the trainee's own words (may be null) and saves.
     *
     * @return the turn as the trainee lived it; without the author's feedback in a mode that does
     *         not show it, so a screen cannot show it by mistake
     */
    public TurnTaken choose(String choiceId, String thought) {
        TurnTaken taken = session.choose(choiceId);
        record = record.with(choiceId, thought, clock.instant());
        summariseAndSave();
        return mode().showsFeedbackPerTurn() ? taken : taken.withoutFeedback();
    }

    public boolean canStepBack() {
        return mode().allowsTakingBack() && !record.choices().isEmpty();
    }

    /** One step back where the mode allows it: the last choice is taken out of the session and the record. */
    public void stepBack() {
        if (!canStepBack()) return;
        record = record.withoutLast();
        session = Replays.session(record, scenario, curriculum);
        summariseAndSave();
    }

    /**
     * Called after every save with the record, its transcript and profile (the learning record
     * store's sender listens here); it must return at once.
     */
    public void onSaved(Consumer<StoredRecord> listener) {
        this.saved = listener;
    }

    /** The profile now, always recomputed from the transcript (never stored). */
    public ScoreProfile profile() {
        return new Scorer(curriculum).score(scenario, session.transcript());
    }

    public Transcript transcript() {
        return session.transcript();
    }

    /** Why the last save failed, if it did; the screen shows it and play goes on. */
    public Optional<String> saveProblem() {
        return Optional.ofNullable(saveProblem);
    }

    private void summariseAndSave() {
        Transcript t = session.transcript();
        ScoreProfile p = new Scorer(curriculum).score(scenario, t);
        record = record.summarised(t, p);
        try {
            store.save(record);
            saveProblem = null;
            saved.accept(new StoredRecord(store.fileFor(record), record, RecordStatus.OK, t, p, null));
        } catch (IOException | RuntimeException e) {
            saveProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
