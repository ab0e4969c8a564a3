package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

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
        List<String> expert,
        @JsonInclude(JsonInclude.Include.NON_NULL) ConductBounds conduct) {

    public Scenario(String id, int version, LocalizedText title, LocalizedText situation, int difficulty, int minutes,
                    List<String> frameworks, ClientProfile client, LocalizedText briefing, Map<String, StateVariable> state,
                    String start, Map<String, Node> nodes, List<String> expert) {
        this(id, version, title, situation, difficulty, minutes, frameworks, client, briefing, state, start, nodes, expert, null);
    }

    public Scenario {
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        state = state == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(state));
        nodes = nodes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        expert = expert == null ? List.of() : List.copyOf(expert);
    }

    public Node node(String nodeId) {
        return nodes.get(nodeId);
    }

    /** The conduct bounds the linter checks: the scenario's own, or the defaults. */
    public ConductBounds conductBounds() {
        return conduct == null ? ConductBounds.DEFAULT : conduct;
    }

    /**
     * The state variable that plays this role in the dance and the figure, or null. Declared roles
     * win; a scenario that declares none keeps the older convention of the names emotion, rapport
     * and openness.
     */
    public String variableFor(Role role) {
        boolean declared = false;
        for (Map.Entry<String, StateVariable> e : state.entrySet()) {
            if (e.getValue() == null || e.getValue().role() == null) continue;
            declared = true;
            if (e.getValue().role() == role) return e.getKey();
        }
        if (declared) return null;
        return state.containsKey(role.code()) ? role.code() : null;
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
