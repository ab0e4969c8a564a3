package nl.coachdans.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simulated client: the briefing, the client state, the conversation graph and the documented
 * expert path. Immutable once loaded; the maps keep the order of the file.
 */
public record Scenario(
        String id,
        int version,
        LocalizedText title,
        LocalizedText situation,
        int difficulty,
        int minutes,
        List<String> frameworks,
        ClientProfile client,
        LocalizedText briefing,
        Map<String, StateVariable> state,
        String start,
        Map<String, Node> nodes,
        List<String> expert) {

    public Scenario {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        state = state == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(state));
        nodes = nodes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        expert = expert == null ? List.of() : List.copyOf(expert);
    }

    public Node node(String nodeId) {
        return nodes.get(nodeId);
    }

    /** The choice with this id and the node it belongs to, if any. */
    public Optional<Map.Entry<String, Choice>> findChoice(String choiceId) {
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            for (Choice c : e.getValue().choices()) {
                if (c.id().equals(choiceId)) return Optional.of(Map.entry(e.getKey(), c));
            }
        }
        return Optional.empty();
    }
}
