package nl.coachdans.scoring;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Score axes: the one spelling of their keys in files, what is refused, and their order. */
class AxisTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keysAreSpelledAsFilesHaveAlwaysSpelledThem() {
        assertThat(Axis.steps("ervaringsleren").key()).isEqualTo("ervaringsleren.steps");
        assertThat(Axis.risks("mini-grow").key()).isEqualTo("mini-grow.risks");
        assertThat(Axis.ENDING.key()).isEqualTo("ending");
        assertThat(Axis.DANCE.key()).isEqualTo("dance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ervaringsleren.steps", "mini-grow.risks", "ending", "dance", "v2.grow.steps", "a.b.risks"})
    void aKeyReadsBackToTheSameKey(String key) {
        assertThat(Axis.parse(key).key()).isEqualTo(key);
    }

    @Test
    void aFrameworkWithDotsKeepsThemAndTheKindIsTheLastPart() {
        assertThat(Axis.parse("v2.grow.steps")).isEqualTo(Axis.steps("v2.grow"));
        assertThat(Axis.parse("dance")).isEqualTo(Axis.DANCE).isEqualTo(new Axis(null, AxisKind.DANCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grow.score", "steps", "risks", "grow.ending", "grow.dance", ".steps", "", "grow.", "Ending", "grow.Steps",
            "grow/doel"})
    void aKeyThatNamesNoAxisIsRefusedSayingWhatIsPossible(String key) {
        assertThat(Axis.fromKey(key)).isEmpty();
        assertThatThrownBy(() -> Axis.parse(key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + key + "' is not a score axis; write FRAMEWORK.steps, FRAMEWORK.risks, ending or dance");
    }

    @Test
    void anAxisIsBuiltWholeOrNotAtAll() {
        assertThatThrownBy(() -> new Axis(null, AxisKind.STEPS)).hasMessageContaining("belongs to a framework");
        assertThatThrownBy(() -> new Axis("grow", AxisKind.ENDING)).hasMessageContaining("belongs to no framework");
    }

    @Test
    void orderIsFrameworkAxesByFrameworkStepsBeforeRisksThenEndingThenDance() {
        List<Axis> axes = new ArrayList<>(List.of(Axis.DANCE, Axis.risks("grow"), Axis.ENDING, Axis.steps("oplossingsgericht"),
                Axis.steps("grow"), Axis.risks("ervaringsleren")));
        Collections.shuffle(axes, new java.util.Random(3));
        Collections.sort(axes);
        assertThat(axes).containsExactly(Axis.risks("ervaringsleren"), Axis.steps("grow"), Axis.risks("grow"),
                Axis.steps("oplossingsgericht"), Axis.ENDING, Axis.DANCE);
    }

    @Test
    void theAxesOfAScenarioAreExactlyThoseTheScorerGivesAFinishedSession() {
        var t = Session.replay(Fixtures.voorbeeld(), Fixtures.curriculum(), 0, Fixtures.EXPERT).transcript();
        ScoreProfile p = new Scorer(Fixtures.curriculum()).score(Fixtures.voorbeeld(), t);
        assertThat(List.copyOf(p.bands().keySet())).isEqualTo(Axis.of(Fixtures.voorbeeld()));
    }

    @Test
    void jsonNamesAnAxisByItsKeyAsValueAndAsMapKey() throws Exception {
        Map<Axis, Band> bands = new LinkedHashMap<>();
        bands.put(Axis.steps("mini-grow"), Band.BEKWAAM);
        bands.put(Axis.ENDING, Band.NOG_NIET);
        String json = JSON.writeValueAsString(bands);
        assertThat(json).isEqualTo("{\"mini-grow.steps\":\"bekwaam\",\"ending\":\"nog-niet\"}");
        assertThat(JSON.writeValueAsString(Axis.risks("grow"))).isEqualTo("\"grow.risks\"");
        assertThat(JSON.readValue(json, new TypeReference<Map<Axis, Band>>() { })).isEqualTo(bands);
    }

    @Test
    void jsonWithAKeyThatNamesNoAxisIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> JSON.readValue("{\"mini-grow.score\":\"bekwaam\"}", new TypeReference<Map<Axis, Band>>() { }))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("'mini-grow.score' is not a score axis");
    }
}
