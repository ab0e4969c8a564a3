package nl.coachdans.engine;

import nl.coachdans.scenario.StateVariable;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The client's state at one moment: a value per state variable, always within its range. */
public record ClientState(Map<String, Integer> values) {

    public ClientState {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ClientState initial(Map<String, StateVariable> variables) {
        Map<String, Integer> v = new LinkedHashMap<>();
        variables.forEach((name, var) -> v.put(name, var.clamp(var.start())));
        return new ClientState(v);
    }

    public int get(String variable) {
        Integer v = values.get(variable);
        return v == null ? 0 : v;
    }

    /** The state after a choice's effects, each clamped to its variable's range. */
    public ClientState apply(Map<String, Integer> effects, Map<String, StateVariable> variables) {
        if (effects.isEmpty()) return this;
        Map<String, Integer> next = new LinkedHashMap<>(values);
        effects.forEach((name, delta) -> {
            StateVariable var = variables.get(name);
            if (var != null && delta != null) next.put(name, var.add(get(name), delta));
        });
        return new ClientState(next);
    }
}
