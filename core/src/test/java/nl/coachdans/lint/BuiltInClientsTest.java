package nl.coachdans.lint;

import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Variant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The quality bar the five built-in clients are held to, beyond what the linter demands of any scenario. */
class BuiltInClientsTest {
    private static final ContentLibrary LIBRARY = ContentLibrary.load(
            Paths.get(System.getProperty("coachdans.assets", "../assets")), new ContentReader(), false);

    private static Scenario scenario(String id) {
        ContentLibrary.Entry e = LIBRARY.scenario(id);
        assertThat(e).as("built-in scenario %s", id).isNotNull();
        return e.scenario();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leonie", "johan", "docent", "anna", "grow"})
    void expertPathHasAtLeastTwelveDecisions(String id) {
        assertThat(scenario(id).expert()).hasSizeGreaterThanOrEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leonie", "johan", "docent", "anna", "grow"})
    void endingsOfAtLeastThreeQualities(String id) {
        Set<String> qualities = scenario(id).nodes().values().stream().filter(Node::isEnding)
                .map(n -> n.quality().code()).collect(Collectors.toSet());
        assertThat(qualities).contains("best").hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leonie", "johan", "docent", "anna", "grow"})
    void clientLinesDependOnStateForHighEmotionAndLowRapport(String id) {
        List<String> conditions = new ArrayList<>();
        for (Node n : scenario(id).nodes().values()) {
            for (Variant v : n.variants()) if (v.when() != null) conditions.add(v.when().source());
        }
        assertThat(conditions).anyMatch(c -> c.contains("emotion")).anyMatch(c -> c.contains("rapport"));
    }

    /**
     * Every decision a trainee can meet, in any state, offers at least three options: counted on the
     * state graph, whose configurations hold exactly what the conditions read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"leonie", "johan", "docent", "anna", "grow"})
    void atLeastThreeOptionsAtEveryDecisionOnEveryPath(String id) {
        StateGraph g = new StateGraph(new nl.coachdans.engine.Rubric(scenario(id), LIBRARY.curriculum()), Explorer.DEFAULT_BUDGET);
        assertThat(g.complete).isTrue();
        int[] options = new int[g.size()];
        for (int e = 0; e < g.edgeFrom.size; e++) options[g.edgeFrom.get(e)]++;
        for (int c = 0; c < g.size(); c++) {
            if (g.isEnding(c)) continue;
            assertThat(options[c]).as("options at %s after %s", g.nodeId(c), g.path(c, null)).isGreaterThanOrEqualTo(3);
        }
    }
}
