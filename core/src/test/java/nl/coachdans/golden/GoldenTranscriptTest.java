package nl.coachdans.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.dance.Choreographer;
import nl.coachdans.dance.Choreography;
import nl.coachdans.dance.DanceFigure;
import nl.coachdans.lint.Analysis;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.lint.Explorer;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ProfileDocument;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Golden transcripts: for every scenario, the expert path's exact profile, and for every risk of
 * its frameworks a path that commits it with the turn at which it is caught. A change in content or
 * scoring that alters any of these fails here; regenerate deliberately with -Dgolden.update=true
 * and review the diff.
 */
class GoldenTranscriptTest {
    private static final Path REPO = Paths.get(System.getProperty("coachdans.assets", "../assets")).getParent();
    private static final Path GOLDEN = Paths.get("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    record Case(String name, Path file, Curriculum curriculum) { }

    static List<Case> cases() {
        ContentReader reader = new ContentReader();
        List<Case> out = new ArrayList<>();
        ContentLibrary builtIn = ContentLibrary.load(REPO.resolve("assets"), reader, false);
        for (ContentLibrary.Entry e : builtIn.scenarios()) out.add(new Case(e.id(), e.file(), builtIn.curriculum()));
        ContentLibrary examples = ContentLibrary.load(REPO.resolve("docs/examples"), reader, false);
        for (ContentLibrary.Entry e : examples.scenarios()) out.add(new Case("example-" + e.id(), e.file(), examples.curriculum()));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioMatchesItsGoldenFile() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(Case c) throws IOException {
        Scenario sc = new ContentReader().readScenario(c.file()).value();
        assertThat(sc).as("scenario %s loads", c.file()).isNotNull();
        Path golden = GOLDEN.resolve(c.name() + ".json");
        String text = ProfileDocument.MAPPER.writeValueAsString(compute(sc, c.curriculum())) + "\n";
        // Read back, so numbers compare as the golden file's numbers do.
        JsonNode actual = ProfileDocument.MAPPER.readTree(text);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) fail("no golden file " + golden + "; run the tests with -Dgolden.update=true and review it");
        JsonNode expected = ProfileDocument.MAPPER.readTree(golden.toFile());
        // The stored risk paths must still commit their risk at the stored turn.
        for (JsonNode r : expected.get("risks")) {
            List<String> path = new ArrayList<>();
            r.get("path").forEach(n -> path.add(n.asText()));
            Transcript t = Session.replay(sc, c.curriculum(), 0, path).transcript();
            ScoreProfile p = new Scorer(c.curriculum()).score(sc, t);
            assertThat(p.risks()).as("risk %s/%s on its golden path", r.get("framework").asText(), r.get("id").asText())
                    .anySatisfy(e -> {
                        assertThat(e.framework()).isEqualTo(r.get("framework").asText());
                        assertThat(e.id()).isEqualTo(r.get("id").asText());
                        assertThat(e.turn()).isEqualTo(r.get("turn").asInt());
                    });
        }
        assertThat(actual.get("expert")).as("expert profile of %s", c.name()).isEqualTo(expected.get("expert"));
        assertThat(actual.get("expertDance")).as("expert choreography of %s", c.name()).isEqualTo(expected.get("expertDance"));
        assertThat(actual.get("risks")).as("risk witnesses of %s", c.name()).isEqualTo(expected.get("risks"));
        assertThat(actual.get("endings")).as("endings of %s", c.name()).isEqualTo(expected.get("endings"));
    }

    /** One line per figure: turn, coach and client on the rose, distance, stumble, in tune. */
    static ArrayNode dance(Choreography c) {
        ArrayNode arr = ProfileDocument.MAPPER.createArrayNode();
        for (DanceFigure f : c.figures()) {
            arr.add(String.format(java.util.Locale.ROOT, "%d coach(%.3f,%.3f) client(%.3f,%.3f) d=%.3f %s%s",
                    f.turn(), f.coach().together(), f.coach().above(), f.client().together(), f.client().above(),
                    f.distance(), f.stumble() ? "stumble " : "", f.inTune() == null ? "-" : f.inTune() ? "in-tune" : "off"));
        }
        return arr;
    }

    /** The golden document: expert profile, a committing path per risk, a path per ending. */
    static ObjectNode compute(Scenario sc, Curriculum curriculum) {
        ObjectNode root = ProfileDocument.MAPPER.createObjectNode();
        root.put("scenario", sc.id());
        Transcript expert = Session.replay(sc, curriculum, 0, sc.expert()).transcript();
        ScoreProfile expertProfile = new Scorer(curriculum).score(sc, expert);
        root.set("expert", ProfileDocument.of(expert, expertProfile));
        root.set("expertDance", dance(new Choreographer().choreograph(sc, expert, expertProfile)));
        Analysis a = new Explorer(curriculum).explore(sc);
        ArrayNode risks = root.putArray("risks");
        for (Framework f : curriculum.frameworksOf(sc)) {
            for (Risk r : f.risks()) {
                Analysis.Target t = a.risks().stream().filter(x -> x.framework().equals(f.id()) && x.id().equals(r.id())).findFirst().orElseThrow();
                ObjectNode o = risks.addObject();
                o.put("framework", f.id());
                o.put("id", r.id());
                if (t.witness() == null) {
                    o.putNull("path");
                    continue;
                }
                ArrayNode path = o.putArray("path");
                t.witness().forEach(path::add);
                Transcript tr = Session.replay(sc, curriculum, 0, t.witness()).transcript();
                RiskEvent e = new Scorer(curriculum).score(sc, tr).risks().stream()
                        .filter(x -> x.framework().equals(f.id()) && x.id().equals(r.id())).findFirst().orElseThrow();
                o.put("turn", e.turn());
                o.put("choice", e.choice());
                o.put("byOrder", e.byOrder());
                // The dance must stumble exactly where the risk is caught.
                Choreography d = new Choreographer().choreograph(sc, tr, new Scorer(curriculum).score(sc, tr));
                o.put("stumbleAt", d.figures().stream().filter(DanceFigure::stumble).map(fig -> String.valueOf(fig.turn()))
                        .collect(java.util.stream.Collectors.joining(",")));
            }
        }
        ArrayNode endings = root.putArray("endings");
        for (Analysis.Target t : a.endings()) {
            ObjectNode o = endings.addObject();
            o.put("id", t.id());
            o.put("quality", t.quality());
            ArrayNode path = o.putArray("path");
            if (t.witness() != null) t.witness().forEach(path::add);
        }
        return root;
    }
}
