package nl.coachdans.replay;

import nl.coachdans.dance.Choreography;
import nl.coachdans.dance.DanceFigure;
import nl.coachdans.dance.RosePoint;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The choreography as the floor's arrays: figure 0 is the start, then one per turn, with their marks and pace. */
class DancePathTest {

    @Test
    void flattensTheStartAndEveryFigure() {
        Choreography c = new Choreography("x", new RosePoint(0.2, 0), new RosePoint(-0.5, 0.1), 0.6, List.of(
                new DanceFigure(1, "a", new RosePoint(0.5, 0.5), new RosePoint(0.1, -0.4), 0.48, Stance.ALONG, Tempo.SLOW, false, true),
                new DanceFigure(2, "b", new RosePoint(-0.6, 0.6), new RosePoint(-0.2, -0.5), 0.6, Stance.COUNTER, Tempo.FAST, true, null)));
        DancePath p = DancePath.of(c);
        assertThat(p.figures()).isEqualTo(2);
        assertThat(p.coachX[0]).isEqualTo(0.2f);
        assertThat(p.clientX[0]).isEqualTo(-0.5f);
        assertThat(p.distance(0)).isEqualTo(0.6f);
        assertThat(p.coachY[2]).isEqualTo(0.6f);
        assertThat(p.distance(99)).as("clamped to the last figure").isEqualTo(0.6f);
        assertThat(p.stumble(2)).isTrue();
        assertThat(p.stumble(1)).isFalse();
        assertThat(p.tune(1)).isEqualTo((byte) 1);
        assertThat(p.tune(2)).isZero();
        assertThat(p.stance(2)).isEqualTo(Stance.COUNTER);
        assertThat(p.moveSeconds()).containsExactly(0f, Easing.seconds(Tempo.SLOW), Easing.seconds(Tempo.FAST));
    }
}
