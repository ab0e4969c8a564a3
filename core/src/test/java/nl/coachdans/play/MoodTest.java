package nl.coachdans.play;

import nl.coachdans.engine.ClientState;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Role;
import nl.coachdans.scenario.Scenario;
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
        Scenario sc = new Scenario("t", 1, NAME, NAME, 1, 1, null, null, NAME, vars, null, null, null);
        Mood m = Mood.of(new ClientState(Map.of("emotion", 10, "rapport", 0)), sc);
        assertThat(m.agitation()).isEqualTo(Mood.LEVELS - 1);
        assertThat(m.rapport()).isZero();
        assertThat(m.openness()).isEqualTo(Mood.LEVELS / 2); // no such variable in this scenario
    }

    @Test
    void declaredRolesDecideWhichVariablesTheFigureReads() {
        Map<String, StateVariable> vars = new java.util.LinkedHashMap<>();
        vars.put("onrust", new StateVariable(NAME, 0, 10, 9, Role.EMOTION));
        vars.put("vertrouwen", new StateVariable(NAME, 0, 10, 0, Role.RAPPORT));
        vars.put("emotion", new StateVariable(NAME, 0, 10, 0)); // a name alone no longer counts once roles are declared
        Scenario sc = new Scenario("t", 1, NAME, NAME, 1, 1, null, null, NAME, vars, null, null, null);
        Mood m = Mood.of(new ClientState(Map.of("onrust", 10, "vertrouwen", 10, "emotion", 0)), sc);
        assertThat(m.agitation()).isEqualTo(Mood.LEVELS - 1);
        assertThat(m.rapport()).isEqualTo(Mood.LEVELS - 1);
        assertThat(m.openness()).isEqualTo(Mood.LEVELS / 2);
    }
}
