package nl.coachdans.dance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Turn;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The choreography of every golden transcript (each built-in client's expert path and the path
 * that commits each of its risks, from {@code src/test/resources/golden}) keeps the dance's rules:
 * figures stay on the rose, the distance stays within its bounds and follows the closeness steps,
 * a stumble falls exactly on the turns of the committed risks, and "in tune" is set exactly where
 * the node says what the client needed, and then says whether the move fitted.
 */
class ChoreographyOnGoldenPathsTest {
    private static final Path REPO = Paths.get(System.getProperty("coachdans.assets", "../assets")).getParent();
    private static final Path GOLDEN = Paths.get("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everyGoldenPathDancesByTheRules() throws IOException {
        ContentLibrary lib = ContentLibrary.load(REPO.resolve("assets"), new ContentReader(), false);
        ObjectMapper json = new ObjectMapper();
        List<DynamicTest> tests = new ArrayList<>();
        for (ContentLibrary.Entry e : lib.scenarios()) {
            Path golden = GOLDEN.resolve(e.id() + ".json");
            assertThat(golden).as("golden file of %s", e.id()).exists();
            JsonNode root = json.readTree(Files.readString(golden));
            tests.add(DynamicTest.dynamicTest(e.id() + " expert", () -> check(e.scenario(), lib.curriculum(), e.scenario().expert())));
            for (JsonNode risk : root.get("risks")) {
                if (!risk.get("path").isArray()) continue;
                List<String> path = new ArrayList<>();
                risk.get("path").forEach(n -> path.add(n.asText()));
                String name = e.id() + " " + risk.get("framework").asText() + "/" + risk.get("id").asText();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Choreography c = check(e.scenario(), lib.curriculum(), path);
                    assertThat(c.figures().get(risk.get("turn").asInt() - 1).stumble()).as("stumbles where the risk is caught").isTrue();
                }));
            }
        }
        return tests.stream();
    }

    private static Choreography check(Scenario sc, Curriculum curriculum, List<String> path) {
        Transcript t = Session.replay(sc, curriculum, 0, path).transcript();
        ScoreProfile p = new Scorer(curriculum).score(sc, t);
        Choreography c = new Choreographer().choreograph(sc, t, p);
        assertThat(c.figures()).hasSize(t.turns().size());
        Set<Integer> riskTurns = p.risks().stream().map(RiskEvent::turn).collect(Collectors.toSet());
        double distance = c.startDistance();
        onRose(c.coachStart());
        onRose(c.clientStart());
        for (int i = 0; i < c.figures().size(); i++) {
            DanceFigure f = c.figures().get(i);
            Turn turn = t.turns().get(i);
            Choice choice = sc.findChoice(turn.choice()).orElseThrow().getValue();
            assertThat(f.turn()).isEqualTo(turn.number());
            onRose(f.coach());
            onRose(f.client());
            distance = Math.max(0.1, Math.min(1.0, distance - Choreographer.STEP * choice.move().closeness()));
            assertThat(f.distance()).as("distance at turn %d", f.turn()).isBetween(0.1, 1.0).isCloseTo(distance, org.assertj.core.api.Assertions.within(0.002));
            assertThat(f.stumble()).as("stumble at turn %d", f.turn()).isEqualTo(riskTurns.contains(f.turn()));
            Need need = sc.node(turn.node()).needs();
            if (need == null || need.isEmpty()) assertThat(f.inTune()).as("in tune at turn %d", f.turn()).isNull();
            else assertThat(f.inTune()).as("in tune at turn %d", f.turn()).isEqualTo(need.fits(choice.move()));
        }
        return c;
    }

    private static void onRose(RosePoint p) {
        assertThat(p.together()).isBetween(-1.0, 1.0);
        assertThat(p.above()).isBetween(-1.0, 1.0);
        assertThat(Math.hypot(p.together(), p.above())).isLessThanOrEqualTo(Math.sqrt(2) + 1e-9);
    }
}
