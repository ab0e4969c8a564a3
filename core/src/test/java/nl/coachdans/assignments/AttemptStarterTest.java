package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStore;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static nl.coachdans.assignments.Sessions.CURRICULUM;
import static nl.coachdans.assignments.Sessions.EXPERT;
import static nl.coachdans.assignments.Sessions.VOORBEELD;
import static org.assertj.core.api.Assertions.assertThat;

/** Starting under an assignment: its mode, its id on the record, attempts counted from the start, refusals. */
class AttemptStarterTest {
    private static final String ID = "noor-oefenen-ab12";

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(Sessions.T0, ZoneOffset.UTC);

    private RecordStore store() {
        return new RecordStore(home, Sessions.source());
    }

    private AttemptStarter starter(Mode mode, Integer attempts) {
        return new AttemptStarter(Sessions.assignment(ID, mode, attempts), store(), CURRICULUM, clock);
    }

    @Test
    void anAttemptIsInTheAssignmentsModeCarriesItsIdAndIsSavedAtOnce() {
        AttemptStarter.Outcome o = starter(Mode.EXAM, 2).start(VOORBEELD, Language.NL, "Sam", 5);
        assertThat(o.started()).isTrue();
        assertThat(o.session().mode()).isEqualTo(Mode.EXAM);
        assertThat(o.session().canStepBack()).isFalse();
        assertThat(o.session().record().assignment()).isEqualTo(ID);
        // Saved before the first choice: leaving now still uses the attempt.
        List<StoredRecord> saved = store().list();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).record().assignment()).isEqualTo(ID);
        assertThat(saved.get(0).record().choices()).isEmpty();
    }

    @Test
    void examModeHasNoStepBackEvenAfterChoices() {
        AttemptStarter.Outcome o = starter(Mode.EXAM, 2).start(VOORBEELD, Language.NL, "Sam", 5);
        o.session().choose(EXPERT.get(0), null);
        assertThat(o.session().canStepBack()).isFalse();
        o.session().stepBack();
        assertThat(o.session().turnsTaken()).isEqualTo(1);
    }

    @Test
    void anOpenExamAttemptIsResumedNotRestarted() {
        AttemptStarter.Outcome first = starter(Mode.EXAM, 3).start(VOORBEELD, Language.NL, "Sam", 5);
        first.session().choose(EXPERT.get(0), null);
        AttemptStarter.Outcome again = starter(Mode.EXAM, 3).start(VOORBEELD, Language.NL, "Sam", 6);
        assertThat(again.started()).isFalse();
        assertThat(again.refused().block()).isEqualTo(AssignmentRules.Block.UNFINISHED_ATTEMPT);
        AttemptStarter.Outcome resumed = starter(Mode.EXAM, 3).resume(VOORBEELD);
        assertThat(resumed.started()).isTrue();
        assertThat(resumed.session().record().id()).isEqualTo(first.session().record().id());
        assertThat(resumed.session().turnsTaken()).isEqualTo(1);
        assertThat(store().list()).hasSize(1);
    }

    @Test
    void noAttemptStartsWhenAllAreUsed() {
        AttemptStarter.Outcome first = starter(Mode.EXAM, 1).start(VOORBEELD, Language.NL, "Sam", 5);
        for (String c : EXPERT) first.session().choose(c, null);
        AttemptStarter.Outcome second = starter(Mode.EXAM, 1).start(VOORBEELD, Language.NL, "Sam", 6);
        assertThat(second.started()).isFalse();
        assertThat(second.refused().block()).isEqualTo(AssignmentRules.Block.NO_ATTEMPTS_LEFT);
        assertThat(second.refused().used()).isEqualTo(1);
        assertThat(store().list()).hasSize(1);
    }

    @Test
    void anAbandonedAttemptBeforeAnyChoiceStillCounts() {
        starter(Mode.PRACTICE, 1).start(VOORBEELD, Language.NL, "Sam", 5);
        AttemptStarter.Outcome second = starter(Mode.PRACTICE, 1).start(VOORBEELD, Language.NL, "Sam", 6);
        assertThat(second.started()).isFalse();
        assertThat(second.refused().block()).isEqualTo(AssignmentRules.Block.NO_ATTEMPTS_LEFT);
    }

    @Test
    void practiceAllowsANewAttemptBesideAnOpenOne() {
        starter(Mode.PRACTICE, 3).start(VOORBEELD, Language.NL, "Sam", 5);
        AttemptStarter.Outcome second = starter(Mode.PRACTICE, 3).start(VOORBEELD, Language.NL, "Sam", 6);
        assertThat(second.started()).isTrue();
        assertThat(second.session().canStepBack()).isFalse(); // no choice yet
        second.session().choose(EXPERT.get(0), null);
        assertThat(second.session().canStepBack()).isTrue();
    }

    @Test
    void resumeWithNothingOpenIsRefused() {
        AttemptStarter.Outcome o = starter(Mode.EXAM, 2).resume(VOORBEELD);
        assertThat(o.started()).isFalse();
        assertThat(o.refused().used()).isZero();
    }

    @Test
    void freeSessionsDoNotUseAttempts() throws IOException {
        store().save(Sessions.record("free", EXPERT, Mode.EXAM, null, Sessions.T0));
        assertThat(starter(Mode.EXAM, 1).start(VOORBEELD, Language.NL, "Sam", 5).started()).isTrue();
    }
}
