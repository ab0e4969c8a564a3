package nl.coachdans.ui.widget;

import nl.coachdans.engine.ClientState;
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

    public static Mood of(ClientState state, Map<String, StateVariable> variables) {
        return new Mood(level(state, variables, "emotion"), level(state, variables, "rapport"), level(state, variables, "openness"));
    }

    static int level(ClientState state, Map<String, StateVariable> variables, String name) {
        StateVariable v = variables.get(name);
        if (v == null || v.max() <= v.min()) return LEVELS / 2;
        float t = (state.get(name) - v.min()) / (float) (v.max() - v.min());
        return Math.max(0, Math.min(LEVELS - 1, Math.round(t * (LEVELS - 1))));
    }

    int key() {
        return (agitation * LEVELS + rapport) * LEVELS + openness;
    }
}
