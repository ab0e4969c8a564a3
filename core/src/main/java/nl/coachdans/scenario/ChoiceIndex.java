package nl.coachdans.scenario;

import java.util.HashMap;
import java.util.Map;

/** Finds a scenario's choices by id, and the node each belongs to, in constant time. */
public final class ChoiceIndex {
    private final Map<String, Choice> choices = new HashMap<>();
    private final Map<String, String> nodes = new HashMap<>();

    public ChoiceIndex(Scenario scenario) {
        scenario.nodes().forEach((nodeId, node) -> {
            for (Choice c : node.choices()) {
                choices.putIfAbsent(c.id(), c);
                nodes.putIfAbsent(c.id(), nodeId);
            }
        });
    }

    /** The choice, or null when the scenario has none with this id. */
    public Choice choice(String id) {
        return choices.get(id);
    }

    /** The node the choice belongs to, or null. */
    public String nodeOf(String id) {
        return nodes.get(id);
    }
}
