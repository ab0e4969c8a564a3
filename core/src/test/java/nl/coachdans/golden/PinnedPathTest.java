package nl.coachdans.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ProfileDocument;
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

/**
 * Hand-written paths through the built-in clients. Unlike the generated golden files, an author
 * chooses these paths (a mixed-quality one per client at least), says in {@code why} what the path
 * is meant to show, and states in {@code claims} what the replayed path must do: its ending and
 * quality, the risk events with the choice that commits each (all of them, in order), and whether
 * every step is reached. The claims are checked on every run and never rewritten. The full
 * {@code profile} beside them is generated output: with -Dgolden.update=true only it is rewritten,
 * and only while the claims still hold.
 */
class PinnedPathTest {
    private static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));
    private static final Path PATHS = Paths.get("src/test/resources/paths");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TestFactory
    Stream<DynamicTest> everyPinnedPathGivesItsProfile() throws IOException {
        ContentLibrary library = ContentLibrary.load(ASSETS, new ContentReader(), false);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(PATHS)) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f, library)));
    }

    private static void check(Path file, ContentLibrary library) throws IOException {
        ObjectNode pinned = (ObjectNode) ProfileDocument.MAPPER.readTree(file.toFile());
        String id = pinned.get("scenario").asText();
        assertThat(pinned.path("why").asText()).as("%s says why the path is pinned", file).isNotBlank();
        Scenario sc = library.scenario(id).scenario();
        List<String> choices = new ArrayList<>();
        pinned.get("choices").forEach(c -> choices.add(c.asText()));
        Transcript t = Session.replay(sc, library.curriculum(), pinned.path("seed").asLong(0), choices).transcript();
        ScoreProfile scored = new Scorer(library.curriculum()).score(sc, t);
        checkClaims(file, pinned.get("claims"), t, scored);
        ObjectNode profile = ProfileDocument.of(t, scored);
        if (UPDATE) {
            pinned.set("profile", profile);
            Files.writeString(file, ProfileDocument.MAPPER.writeValueAsString(pinned) + "\n", StandardCharsets.UTF_8);
            return;
        }
        JsonNode actual = ProfileDocument.MAPPER.readTree(ProfileDocument.MAPPER.writeValueAsString(profile));
        assertThat(actual).as("profile of the pinned path %s", file).isEqualTo(pinned.get("profile"));
    }

    /** What the author says the path does, against what it does when replayed. */
    private static void checkClaims(Path file, JsonNode claims, Transcript t, ScoreProfile p) {
        assertThat(claims).as("%s states its claims", file).isNotNull();
        assertThat(t.endingNode()).as("%s: the ending", file).isEqualTo(claims.get("ending").asText());
        assertThat(t.ending().code()).as("%s: the ending's quality", file).isEqualTo(claims.get("quality").asText());
        List<String> claimed = new ArrayList<>();
        claims.get("risks").forEach(r -> claimed.add(r.get("risk").asText() + " by " + r.get("by").asText()));
        assertThat(p.risks()).as("%s: the risk events", file).extracting(e -> e.framework() + "/" + e.id() + " by " + e.choice())
                .containsExactlyElementsOf(claimed);
        boolean all = p.frameworks().stream().allMatch(f -> f.steps().stream().allMatch(s -> s.reached()));
        assertThat(all).as("%s: every step reached", file).isEqualTo(claims.get("allStepsReached").asBoolean());
    }
}
