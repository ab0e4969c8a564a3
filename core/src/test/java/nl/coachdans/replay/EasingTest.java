package nl.coachdans.replay;

import nl.coachdans.scenario.Tempo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Tempo is the pace of the animation: slower moves take longer; every curve starts at 0 and ends at 1. */
class EasingTest {

    @Test
    void slowerTempoTakesLonger() {
        assertThat(Easing.seconds(Tempo.SLOW)).isGreaterThan(Easing.seconds(Tempo.STEADY));
        assertThat(Easing.seconds(Tempo.STEADY)).isGreaterThan(Easing.seconds(Tempo.FAST));
    }

    @Test
    void everyCurveRunsFromStartToEnd() {
        for (Tempo t : Tempo.values()) {
            assertThat(Easing.of(t, 0)).isCloseTo(0f, within(1e-5f));
            assertThat(Easing.of(t, 1)).isCloseTo(1f, within(1e-5f));
            assertThat(Easing.of(t, -3)).isCloseTo(0f, within(1e-5f));
            assertThat(Easing.of(t, 7)).isCloseTo(1f, within(1e-5f));
        }
        assertThat(Easing.of(null, 0.5f)).isCloseTo(0.5f, within(1e-5f));
    }

    @Test
    void aFastMoveOvershootsALittleAndTheOthersDoNot() {
        float max = 0;
        for (float x = 0; x <= 1; x += 0.01f) max = Math.max(max, Easing.of(Tempo.FAST, x));
        assertThat(max).isBetween(1.02f, 1.2f);
        for (float x = 0; x <= 1; x += 0.01f) {
            assertThat(Easing.of(Tempo.SLOW, x)).isBetween(0f, 1f);
            assertThat(Easing.of(Tempo.STEADY, x)).isBetween(0f, 1f);
        }
    }
}
