package nl.coachdans.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.UnknownChoiceException;
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
import org.junit.jupiter.api.Test;
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
 * Golden transcripts: for every scenario, the expert path's exact profile and choreography
 * (generated output, regenerated deliberately with -Dgolden.update=true; review the diff), and
 * witness paths: a path per risk of its frameworks that commits it, and a path per ending that
 * reaches it. A witness is checked by replaying it: it must still commit its risk at its turn (and
 * the dance must stumble there), or still end at its ending, whichever path the explorer would
 * find first today. The explorer only decides which risks and endings are reachable at all. An
 * update keeps every witness that still holds and asks the explorer only for the others.
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
        JsonNode stored = Files.exists(golden) ? ProfileDocument.MAPPER.readTree(golden.toFile()) : null;
        if (UPDATE) {
            String text = ProfileDocument.MAPPER.writeValueAsString(compute(sc, c.curriculum(), stored)) + "\n";
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, text, StandardCharsets.UTF_8);
            return;
        }
        if (stored == null) fail("no golden file " + golden + "; run the tests with -Dgolden.update=true and review it");
        // Read back, so numbers compare as the golden file's numbers do.
        JsonNode expert = ProfileDocument.MAPPER.readTree(ProfileDocument.MAPPER.writeValueAsString(expert(sc, c.curriculum())));
        assertThat(expert.get("expert")).as("expert profile of %s", c.name()).isEqualTo(stored.get("expert"));
        assertThat(expert.get("expertDance")).as("expert choreography of %s", c.name()).isEqualTo(stored.get("expertDance"));

        Analysis a = new Explorer(c.curriculum()).explore(sc);
        List<String> riskIds = new ArrayList<>();
        for (Framework f : c.curriculum().frameworksOf(sc)) {
            for (Risk r : f.risks()) {
                String id = f.id() + "/" + r.id();
                riskIds.add(id);
                JsonNode w = find(stored.get("risks"), e -> (e.get("framework").asText() + "/" + e.get("id").asText()).equals(id));
                assertThat(w).as("%s: the golden file has an entry for risk %s", c.name(), id).isNotNull();
                Analysis.Target t = a.risks().stream().filter(x -> x.framework().equals(f.id()) && x.id().equals(r.id())).findFirst().orElseThrow();
                if (w.get("path").isNull()) {
                    assertThat(t.witness()).as("%s: risk %s has become reachable, by %s; run with -Dgolden.update=true", c.name(), id, t.witness()).isNull();
                    continue;
                }
                List<String> path = path(w);
                ObjectNode replayed = riskWitness(sc, c.curriculum(), f.id(), r.id(), path);
                assertThat(replayed).as("%s: the witness %s of risk %s commits it when replayed", c.name(), path, id).isNotNull();
                for (String field : List.of("turn", "choice", "byOrder", "stumbleAt")) {
                    assertThat(replayed.get(field)).as("%s: %s of risk %s on its witness %s", c.name(), field, id, path).isEqualTo(w.get(field));
                }
                assertThat(List.of(replayed.get("stumbleAt").asText().split(","))).as("%s: the dance stumbles where %s is caught", c.name(), id)
                        .contains(replayed.get("turn").asText());
            }
        }
        List<String> storedRisks = new ArrayList<>();
        stored.get("risks").forEach(e -> storedRisks.add(e.get("framework").asText() + "/" + e.get("id").asText()));
        assertThat(storedRisks).as("%s: the golden file's risks are the frameworks' risks", c.name()).containsExactlyElementsOf(riskIds);

        List<String> endingIds = new ArrayList<>();
        for (Analysis.Target t : a.endings()) {
            endingIds.add(t.id());
            JsonNode w = find(stored.get("endings"), e -> e.get("id").asText().equals(t.id()));
            assertThat(w).as("%s: the golden file has an entry for ending %s", c.name(), t.id()).isNotNull();
            assertThat(w.get("quality").asText()).as("%s: quality of ending %s", c.name(), t.id()).isEqualTo(t.quality());
            if (path(w).isEmpty()) {
                assertThat(t.witness()).as("%s: ending %s has become reachable, by %s; run with -Dgolden.update=true", c.name(), t.id(), t.witness()).isNull();
                continue;
            }
            assertThat(endsAt(sc, c.curriculum(), path(w), t.id()))
                    .as("%s: the witness %s of ending %s still ends there when replayed", c.name(), path(w), t.id()).isTrue();
        }
        List<String> storedEndings = new ArrayList<>();
        stored.get("endings").forEach(e -> storedEndings.add(e.get("id").asText()));
        assertThat(storedEndings).as("%s: the golden file's endings are the scenario's endings", c.name()).containsExactlyElementsOf(endingIds);
    }

    /** A witness is judged by what it does when replayed, so a path that no longer does it is caught. */
    @Test
    void aWitnessIsJudgedByReplayingIt() {
        Case leonie = cases().stream().filter(c -> c.name().equals("leonie")).findFirst().orElseThrow();
        Scenario sc = new ContentReader().readScenario(leonie.file()).value();
        ObjectNode w = riskWitness(sc, leonie.curriculum(), "ervaringsleren", "klaagverhaal", List.of("mail-hoog-afspraak", "open-gehoord", "herhaal-gelijk"));
        assertThat(w).isNotNull();
        assertThat(w.get("turn").asInt()).isEqualTo(3);
        assertThat(w.get("choice").asText()).isEqualTo("herhaal-gelijk");
        assertThat(riskWitness(sc, leonie.curriculum(), "ervaringsleren", "klaagverhaal", List.of("mail-hoog-afspraak", "open-gehoord"))).isNull();
        assertThat(riskWitness(sc, leonie.curriculum(), "ervaringsleren", "klaagverhaal", List.of("mail-hoog-afspraak", "herhaal-gelijk"))).isNull();
        assertThat(endsAt(sc, leonie.curriculum(), List.of("mail-bevestigen", "klaag-mail-meer"), "end-praatpaal")).isTrue();
        assertThat(endsAt(sc, leonie.curriculum(), List.of("mail-bevestigen", "klaag-mail-meer"), "end-best")).isFalse();
    }

    private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> which) {
        if (array == null) return null;
        for (JsonNode e : array) if (which.test(e)) return e;
        return null;
    }

    private static List<String> path(JsonNode entry) {
        List<String> path = new ArrayList<>();
        if (entry != null && entry.get("path") != null) entry.get("path").forEach(n -> path.add(n.asText()));
        return path;
    }

    /** The path replayed; null when one of its choices is no longer offered where it is made. */
    private static Transcript replay(Scenario sc, Curriculum curriculum, List<String> path) {
        try {
            return Session.replay(sc, curriculum, 0, path).transcript();
        } catch (UnknownChoiceException e) {
            return null;
        }
    }

    private static boolean endsAt(Scenario sc, Curriculum curriculum, List<String> path, String ending) {
        Transcript t = replay(sc, curriculum, path);
        return t != null && ending.equals(t.endingNode());
    }

    /**
     * The golden entry of a risk's witness, from replaying it: the turn and choice where the risk is
     * first committed, whether by the order rule, and where the dance stumbles; null when the path
     * does not commit the risk (or cannot be played any more).
     */
    static ObjectNode riskWitness(Scenario sc, Curriculum curriculum, String framework, String risk, List<String> path) {
        Transcript tr = replay(sc, curriculum, path);
        if (tr == null) return null;
        ScoreProfile p = new Scorer(curriculum).score(sc, tr);
        RiskEvent e = p.risks().stream().filter(x -> x.framework().equals(framework) && x.id().equals(risk)).findFirst().orElse(null);
        if (e == null) return null;
        ObjectNode o = ProfileDocument.MAPPER.createObjectNode();
        o.put("framework", framework);
        o.put("id", risk);
        ArrayNode arr = o.putArray("path");
        path.forEach(arr::add);
        o.put("turn", e.turn());
        o.put("choice", e.choice());
        o.put("byOrder", e.byOrder());
        // The dance must stumble exactly where the risk is caught.
        Choreography d = new Choreographer().choreograph(sc, tr, p);
        o.put("stumbleAt", d.figures().stream().filter(DanceFigure::stumble).map(fig -> String.valueOf(fig.turn()))
                .collect(java.util.stream.Collectors.joining(",")));
        return o;
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

    /** The generated part: the expert path's profile and choreography. */
    static ObjectNode expert(Scenario sc, Curriculum curriculum) {
        ObjectNode root = ProfileDocument.MAPPER.createObjectNode();
        root.put("scenario", sc.id());
        Transcript expert = Session.replay(sc, curriculum, 0, sc.expert()).transcript();
        ScoreProfile expertProfile = new Scorer(curriculum).score(sc, expert);
        root.set("expert", ProfileDocument.of(expert, expertProfile));
        root.set("expertDance", dance(new Choreographer().choreograph(sc, expert, expertProfile)));
        return root;
    }

    /**
     * The golden document for an update: the expert part generated, and per risk and per ending the
     * stored witness while it still holds, otherwise the explorer's shortest one.
     */
    static ObjectNode compute(Scenario sc, Curriculum curriculum, JsonNode stored) {
        ObjectNode root = expert(sc, curriculum);
        Analysis a = new Explorer(curriculum).explore(sc);
        ArrayNode risks = root.putArray("risks");
        for (Framework f : curriculum.frameworksOf(sc)) {
            for (Risk r : f.risks()) {
                Analysis.Target t = a.risks().stream().filter(x -> x.framework().equals(f.id()) && x.id().equals(r.id())).findFirst().orElseThrow();
                JsonNode old = stored == null ? null : find(stored.get("risks"), e -> e.get("framework").asText().equals(f.id()) && e.get("id").asText().equals(r.id()));
                ObjectNode kept = old == null || old.get("path").isNull() ? null : riskWitness(sc, curriculum, f.id(), r.id(), path(old));
                if (kept == null && t.witness() != null) kept = riskWitness(sc, curriculum, f.id(), r.id(), t.witness());
                if (kept == null) {
                    kept = ProfileDocument.MAPPER.createObjectNode();
                    kept.put("framework", f.id());
                    kept.put("id", r.id());
                    kept.putNull("path");
                }
                risks.add(kept);
            }
        }
        ArrayNode endings = root.putArray("endings");
        for (Analysis.Target t : a.endings()) {
            ObjectNode o = endings.addObject();
            o.put("id", t.id());
            o.put("quality", t.quality());
            JsonNode old = stored == null ? null : find(stored.get("endings"), e -> e.get("id").asText().equals(t.id()));
            List<String> path = old != null && !path(old).isEmpty() && endsAt(sc, curriculum, path(old), t.id()) ? path(old)
                    : t.witness() == null ? List.of() : t.witness();
            ArrayNode arr = o.putArray("path");
            path.forEach(arr::add);
        }
        return root;
    }
}
