package nl.coachdans.replay;

import nl.coachdans.dance.Choreography;
import nl.coachdans.dance.DanceFigure;
import nl.coachdans.dance.RosePoint;
import nl.coachdans.replay.ReplayController.Intent;
import nl.coachdans.replay.ReplayController.Outcome;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.Annotation.Reaction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay's state and commands, driven as the keys drive them, without a window. */
class ReplayControllerTest {
    /** What the saver was handed, one entry per save. */
    private final List<List<Annotation>> saved = new ArrayList<>();
    private final List<String> inspirations = new ArrayList<>();
    private String failure;

    private ReplayController replay(int turns, boolean ghost) {
        return new ReplayController(path(turns), null, ghost, false, new StudyMarks(), (marks, inspiration) -> {
            saved.add(marks);
            inspirations.add(inspiration);
            return failure;
        });
    }

    private static DancePath path(int turns) {
        List<DanceFigure> figures = new ArrayList<>();
        for (int i = 1; i <= turns; i++) {
            figures.add(new DanceFigure(i, "c" + i, new RosePoint(0.1 * i, 0), new RosePoint(-0.1 * i, 0), 0.5, Stance.ALONG, Tempo.SLOW, false, null));
        }
        return DancePath.of(new Choreography("x", new RosePoint(0, 0), new RosePoint(0, 0), 0.5, figures));
    }

    /** Lets a move under way arrive. */
    private static void settle(ReplayController r) {
        for (int i = 0; i < 100 && r.head().moving(); i++) r.update(0.1f);
    }

    @Test
    void stepsJumpsAndTheEnd() {
        ReplayController r = replay(5, true);
        assertThat(r.turn()).isZero();
        assertThat(r.handle(Intent.FORWARD)).isEqualTo(Outcome.MOVED);
        assertThat(r.turn()).isEqualTo(1);
        r.handle(Intent.LAST);
        settle(r);
        assertThat(r.turn()).isEqualTo(5);
        assertThat(r.atEnd()).isTrue();
        r.handle(Intent.BACK);
        settle(r);
        assertThat(r.turn()).isEqualTo(4);
        assertThat(r.atEnd()).isFalse();
        r.handle(Intent.FIRST);
        assertThat(r.turn()).isZero();
    }

    @Test
    void digitsThenEnterJumpToThatTurnAndBackspaceErasesOne() {
        ReplayController r = replay(12, false);
        assertThat(r.digit(1)).isEqualTo(Outcome.NUMBER);
        r.digit(2);
        r.digit(3);
        r.digit(4);
        assertThat(r.number()).as("at most three digits").isEqualTo("123");
        assertThat(r.handle(Intent.ERASE_DIGIT)).isEqualTo(Outcome.NUMBER);
        r.handle(Intent.ERASE_DIGIT);
        assertThat(r.number()).isEqualTo("1");
        r.digit(1);
        assertThat(r.handle(Intent.GO_TO_NUMBER)).isEqualTo(Outcome.MOVED);
        assertThat(r.turn()).isEqualTo(11);
        assertThat(r.number()).isEmpty();
        assertThat(r.handle(Intent.GO_TO_NUMBER)).as("Enter without a number is the focused button's").isEqualTo(Outcome.NOT_MINE);
        assertThat(r.handle(Intent.ERASE_DIGIT)).isEqualTo(Outcome.NOTHING);
        r.digit(9);
        r.digit(9);
        r.handle(Intent.GO_TO_NUMBER);
        assertThat(r.turn()).as("clamped to the last turn").isEqualTo(12);
    }

    @Test
    void playPauseAndSpeed() {
        ReplayController r = replay(3, false);
        float normal = r.speed();
        r.handle(Intent.TOGGLE_PLAY);
        assertThat(r.playing()).isTrue();
        r.handle(Intent.FASTER);
        assertThat(r.speed()).isGreaterThan(normal);
        r.handle(Intent.SLOWER);
        r.handle(Intent.SLOWER);
        assertThat(r.speed()).isLessThan(normal);
        r.digit(2);
        r.pause();
        assertThat(r.playing()).isFalse();
        assertThat(r.number()).as("the pause overlay forgets a half-typed number").isEmpty();
    }

    @Test
    void theGhostTogglesOnlyWhenThereIsOne() {
        ReplayController with = replay(2, true);
        assertThat(with.ghostShown()).isTrue();
        assertThat(with.handle(Intent.TOGGLE_GHOST)).isEqualTo(Outcome.MOVED);
        assertThat(with.ghostShown()).isFalse();
        ReplayController without = replay(2, false);
        assertThat(without.handle(Intent.TOGGLE_GHOST)).isEqualTo(Outcome.NOTHING);
        assertThat(without.ghostShown()).isFalse();
    }

    @Test
    void aMarkNeedsAMoveAndIsSavedAtOnce() {
        ReplayController r = replay(3, false);
        assertThat(r.handle(Intent.MARK_HERKEN)).isEqualTo(Outcome.MARK_REFUSED);
        assertThat(saved).isEmpty();
        r.handle(Intent.FORWARD);
        r.handle(Intent.FORWARD);
        assertThat(r.handle(Intent.MARK_HERKEN)).isEqualTo(Outcome.MARKED);
        assertThat(saved).containsExactly(List.of(new Annotation(2, Reaction.HERKEN, null)));
        assertThat(r.handle(Intent.MARK_ERGERT)).isEqualTo(Outcome.MARKED);
        assertThat(r.mark().reaction()).isEqualTo(Reaction.ERGERT);
        r.handle(Intent.MARK_ERGERT);
        assertThat(r.mark()).isNull();
        assertThat(saved.get(saved.size() - 1)).isEmpty();
    }

    @Test
    void aNoteOpensOnlyOnAMarkedMovePausesAndIsSaved() {
        ReplayController r = replay(3, false);
        r.handle(Intent.FORWARD);
        assertThat(r.handle(Intent.OPEN_NOTE)).isEqualTo(Outcome.NOTE_REFUSED);
        assertThat(r.editingNote()).isFalse();
        r.handle(Intent.MARK_VERBAAST);
        r.handle(Intent.TOGGLE_PLAY);
        assertThat(r.handle(Intent.OPEN_NOTE)).isEqualTo(Outcome.NOTE_OPENED);
        assertThat(r.editingNote()).isTrue();
        assertThat(r.playing()).isFalse();
        r.saveNote("  Dit verraste me  ");
        assertThat(r.editingNote()).isFalse();
        assertThat(r.note()).isEqualTo("Dit verraste me");
        assertThat(saved.get(saved.size() - 1)).containsExactly(new Annotation(1, Reaction.VERBAAST, "Dit verraste me"));
    }

    @Test
    void takingTheMarkAwayClosesItsNote() {
        ReplayController r = replay(3, false);
        r.handle(Intent.FORWARD);
        r.handle(Intent.MARK_HERKEN);
        r.handle(Intent.OPEN_NOTE);
        r.handle(Intent.MARK_HERKEN);
        assertThat(r.editingNote()).isFalse();
    }

    @Test
    void leavingKeepsWhatIsStillInTheFields() {
        ReplayController r = replay(2, false);
        r.handle(Intent.FORWARD);
        r.handle(Intent.MARK_HERKEN);
        r.handle(Intent.OPEN_NOTE);
        r.leave("half getypt", "rust");
        assertThat(saved.get(saved.size() - 1)).containsExactly(new Annotation(1, Reaction.HERKEN, "half getypt"));
        assertThat(inspirations.get(inspirations.size() - 1)).isEqualTo("rust");
    }

    @Test
    void aFailedSaveIsShownUntilASaveWorks() {
        ReplayController r = replay(2, false);
        r.handle(Intent.FORWARD);
        failure = "disk full";
        r.handle(Intent.MARK_HERKEN);
        assertThat(r.unsaved()).isTrue();
        assertThat(r.saveProblem()).isEqualTo("disk full");
        failure = null;
        r.saveInspiration("de rust");
        assertThat(r.unsaved()).isFalse();
    }

    @Test
    void withoutARecordEveryChangeSaysItIsNotKept() {
        ReplayController r = new ReplayController(path(2), null, false, false, new StudyMarks(), null);
        r.handle(Intent.FORWARD);
        r.handle(Intent.MARK_HERKEN);
        assertThat(r.mark()).isNotNull();
        assertThat(r.noRecord()).isTrue();
        assertThat(r.unsaved()).isTrue();
    }

    @Test
    void aLoopingReplayStartsAgainAfterTheEnd() {
        ReplayController r = replay(2, false);
        r.loop(true);
        r.handle(Intent.TOGGLE_PLAY);
        int maxTurn = 0;
        boolean backAtStart = false;
        for (int i = 0; i < 2000 && !backAtStart; i++) {
            r.update(0.05f);
            maxTurn = Math.max(maxTurn, r.turn());
            backAtStart = maxTurn == 2 && r.turn() == 0;
        }
        assertThat(backAtStart).isTrue();
        assertThat(r.playing()).isTrue();
        assertThat(r.looping()).isTrue();
    }
}
