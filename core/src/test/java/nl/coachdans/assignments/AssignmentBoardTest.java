package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.StoredRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static nl.coachdans.assignments.Sessions.EXPERT;
import static nl.coachdans.assignments.Sessions.HALF;
import static nl.coachdans.assignments.Sessions.POOR;
import static nl.coachdans.assignments.Sessions.T0;
import static nl.coachdans.assignments.Sessions.record;
import static nl.coachdans.assignments.Sessions.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** What the assignment screens show per scenario: attempts used and left, pass state, and what can be done. */
class AssignmentBoardTest {
    private static final String ID = "noor-oefenen-ab12";

    private static AssignmentBoard.Line line(Assignment a, StoredRecord... records) {
        return new AssignmentBoard(a, List.of(records), id -> true).lines().get(0);
    }

    @Test
    void nothingPlayedYetMayStart() {
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, 2));
        assertThat(l.used()).isZero();
        assertThat(l.allowed()).isEqualTo(2);
        assertThat(l.left()).isEqualTo(2);
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.NOT_STARTED);
        assertThat(l.canStart()).isTrue();
        assertThat(l.canResume()).isFalse();
    }

    @Test
    void anOpenExamAttemptMustBeResumedAndCountsAsUsed() {
        StoredRecord open = stored(record("open", HALF, Mode.EXAM, ID, T0));
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, 2), open);
        assertThat(l.used()).isEqualTo(1);
        assertThat(l.left()).isEqualTo(1);
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.IN_PROGRESS);
        assertThat(l.canResume()).isTrue();
        assertThat(l.resumable().record().id()).isEqualTo(open.record().id());
        assertThat(l.canStart()).isFalse();
        assertThat(l.block()).isEqualTo(AssignmentRules.Block.UNFINISHED_ATTEMPT);
    }

    @Test
    void inPracticeAnOpenAttemptCanBeResumedOrANewOneStarted() {
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.PRACTICE, 3), stored(record("open", HALF, Mode.PRACTICE, ID, T0)));
        assertThat(l.canResume()).isTrue();
        assertThat(l.canStart()).isTrue();
    }

    @Test
    void aPassingAttemptPassesTheScenario() {
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, 2),
                stored(record("poor", POOR, Mode.EXAM, ID, T0)), stored(record("expert", EXPERT, Mode.EXAM, ID, T0.plusSeconds(3600))));
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.PASSED);
        assertThat(l.failures()).isEmpty();
        assertThat(l.used()).isEqualTo(2);
        assertThat(l.left()).isZero();
        assertThat(l.block()).isEqualTo(AssignmentRules.Block.NO_ATTEMPTS_LEFT);
        assertThat(l.canStart()).isFalse();
    }

    @Test
    void aFinishedAttemptThatFailedSaysWhy() {
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, 2), stored(record("poor", POOR, Mode.EXAM, ID, T0)));
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.NOT_PASSED);
        assertThat(l.failures()).extracting(AssignmentRules.Check::criterion)
                .contains(AssignmentRules.Criterion.BAND, AssignmentRules.Criterion.NO_CRITICAL_RISK);
        assertThat(l.canStart()).isTrue();
    }

    @Test
    void onlyTheAttemptsWithinTheLimitCount() {
        // A copied-in third attempt that passed does not pass a two-attempt assignment.
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, 2),
                stored(record("a", POOR, Mode.EXAM, ID, T0)), stored(record("b", POOR, Mode.EXAM, ID, T0.plusSeconds(60))),
                stored(record("c", EXPERT, Mode.EXAM, ID, T0.plusSeconds(120))));
        assertThat(l.used()).isEqualTo(3);
        assertThat(l.left()).isZero();
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.NOT_PASSED);
    }

    @Test
    void anAttemptInTheWrongModeDoesNotPass() {
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, null), stored(record("practice", EXPERT, Mode.PRACTICE, ID, T0)));
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.NOT_PASSED);
        assertThat(l.failures()).extracting(AssignmentRules.Check::criterion).contains(AssignmentRules.Criterion.MODE);
        assertThat(l.allowed()).isNull();
        assertThat(l.left()).isNull();
        assertThat(l.canStart()).isTrue();
    }

    @Test
    void recordsOfOtherAssignmentsAndFreePlayDoNotCount() {
        AssignmentBoard.Line l = line(Sessions.assignment(ID, Mode.EXAM, 1),
                stored(record("free", EXPERT, Mode.EXAM, null, T0)), stored(record("other", EXPERT, Mode.EXAM, "other-x", T0)));
        assertThat(l.used()).isZero();
        assertThat(l.state()).isEqualTo(AssignmentBoard.State.NOT_STARTED);
    }

    @Test
    void lateAttemptsAndOverdueAssignmentsAreMarked() {
        Assignment a = Sessions.assignment(ID, Mode.EXAM, 2); // due 2025-03-31
        AssignmentBoard board = new AssignmentBoard(a, List.of(stored(record("late", EXPERT, Mode.EXAM, ID,
                java.time.Instant.parse("2025-04-02T10:00:00Z")))), id -> true);
        assertThat(board.lines().get(0).late()).isTrue();
        assertThat(board.overdue(LocalDate.parse("2025-04-01"))).isTrue();
        assertThat(board.overdue(LocalDate.parse("2025-03-31"))).isFalse();
        assertThat(board.passed()).isTrue();
    }

    @Test
    void aScenarioThisGameCannotPlayCannotStart() {
        AssignmentBoard.Line l = new AssignmentBoard(Sessions.assignment(ID, Mode.EXAM, 2), List.of(), id -> false).lines().get(0);
        assertThat(l.available()).isFalse();
        assertThat(l.canStart()).isFalse();
    }
}
