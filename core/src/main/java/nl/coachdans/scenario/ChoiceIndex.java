package nl.coachdans.scenario;

import java.util.HashMap;
import java.util.Map;

/** Finds a scenario's choices by id in constant time. */
public final class ChoiceIndex {
    private final Map<String, Choice> choices = new HashMap<>();

    public ChoiceIndex(Scenario scenario) {
        scenario.nodes().forEach((nodeId, node) -> {
            for (Choice c : node.choices()) choices.putIfAbsent(c.id(), c);
        });
    }

    /** The choice, or null when the scenario has none with this id. */
    public Choice choice(String id) {
        return choices.get(id);
    }
}
