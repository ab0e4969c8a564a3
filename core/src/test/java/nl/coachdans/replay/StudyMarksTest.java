package nl.coachdans.replay;

import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.Annotation.Reaction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The study marks of "Coaching als dans": one reaction per coach move, an optional note, and the inspiration. */
class StudyMarksTest {

    @Test
    void marksAMoveChangesItAndTakesItAwayAgain() {
        StudyMarks m = new StudyMarks();
        assertThat(m.toggle(3, Reaction.HERKEN)).isEqualTo(new Annotation(3, Reaction.HERKEN, null));
        assertThat(m.toggle(3, Reaction.ERGERT).reaction()).isEqualTo(Reaction.ERGERT);
        assertThat(m.toggle(3, Reaction.ERGERT)).isNull();
        assertThat(m.size()).isZero();
    }

    @Test
    void theStartingPositionIsNoMove() {
        StudyMarks m = new StudyMarks();
        assertThat(m.toggle(0, Reaction.HERKEN)).isNull();
        assertThat(m.size()).isZero();
    }

    @Test
    void aNoteNeedsAMarkAndSurvivesAChangeOfReaction() {
        StudyMarks m = new StudyMarks();
        assertThat(m.note(2, "mooi")).isFalse();
        m.toggle(2, Reaction.VERBAAST);
        assertThat(m.note(2, "  Dit had ik niet verwacht  ")).isTrue();
        m.toggle(2, Reaction.HERKEN);
        assertThat(m.at(2)).isEqualTo(new Annotation(2, Reaction.HERKEN, "Dit had ik niet verwacht"));
        m.note(2, "   ");
        assertThat(m.at(2).note()).isNull();
    }

    @Test
    void listsInTurnOrderAsTheRecordKeepsThem() {
        StudyMarks m = StudyMarks.of(List.of(new Annotation(5, Reaction.ERGERT, "x"), new Annotation(1, Reaction.HERKEN, null),
                new Annotation(0, Reaction.HERKEN, null)), "  ");
        m.toggle(3, Reaction.VERBAAST);
        assertThat(m.list()).extracting(Annotation::turn).containsExactly(1, 3, 5);
        assertThat(m.inspiration()).isEqualTo("  ");
        m.inspiration("   ");
        assertThat(m.inspiration()).isNull();
        m.inspiration(" De rust van de coach ");
        assertThat(m.inspiration()).isEqualTo("De rust van de coach");
    }
}
