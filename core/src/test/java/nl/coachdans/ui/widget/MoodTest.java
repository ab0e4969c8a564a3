package nl.coachdans.ui.widget;

import nl.coachdans.engine.ClientState;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.StateVariable;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MoodTest {
    private static final LocalizedText NAME = LocalizedText.of("x", "x");

    @Test
    void scalesEachVariableToCoarseLevelsAndDefaultsToTheMiddle() {
        Map<String, StateVariable> vars = Map.of(
                "emotion", new StateVariable(NAME, 0, 10, 9),
                "rapport", new StateVariable(NAME, 0, 10, 0));
        Mood m = Mood.of(new ClientState(Map.of("emotion", 10, "rapport", 0)), vars);
        assertThat(m.agitation()).isEqualTo(Mood.LEVELS - 1);
        assertThat(m.rapport()).isZero();
        assertThat(m.openness()).isEqualTo(Mood.LEVELS / 2); // no such variable in this scenario
    }
}
