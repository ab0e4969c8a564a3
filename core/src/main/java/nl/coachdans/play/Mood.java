package nl.coachdans.play;

import nl.coachdans.engine.ClientState;
import nl.coachdans.scenario.Role;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.StateVariable;

import java.util.Map;

/**
 * The client's mood reduced to three coarse levels the figure can show: how stirred up (emotion),
 * how connected to the coach (rapport), how open (openness). Each is 0..{@link #LEVELS}-1; a
 * scenario without such a variable gets the middle. Coarse on purpose: the figure hints, it does not
 * display numbers.
 */
public record Mood(int agitation, int rapport, int openness) {
    public static final int LEVELS = 5;

    /** The mood from the variables that play the roles emotion, rapport and openness in the scenario. */
    public static Mood of(ClientState state, Scenario scenario) {
        Map<String, StateVariable> variables = scenario.state();
        return new Mood(level(state, variables, scenario.variableFor(Role.EMOTION)), level(state, variables, scenario.variableFor(Role.RAPPORT)),
                level(state, variables, scenario.variableFor(Role.OPENNESS)));
    }

    static int level(ClientState state, Map<String, StateVariable> variables, String name) {
        StateVariable v = name == null ? null : variables.get(name);
        if (v == null || v.max() <= v.min()) return LEVELS / 2;
        float t = (state.get(name) - v.min()) / (float) (v.max() - v.min());
        return Math.max(0, Math.min(LEVELS - 1, Math.round(t * (LEVELS - 1))));
    }

    public int key() {
        return (agitation * LEVELS + rapport) * LEVELS + openness;
    }
}
