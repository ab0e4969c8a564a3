package nl.coachdans.debrief;

import java.util.List;

/** What the debrief needs to know of the other scenarios to suggest the next one. */
public record ScenarioCard(String id, List<String> frameworks, int difficulty) {

    public ScenarioCard {
        frameworks = List.copyOf(frameworks);
    }
}
