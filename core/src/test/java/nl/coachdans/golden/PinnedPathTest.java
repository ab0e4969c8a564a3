package nl.coachdans.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ProfileDocument;
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
 * Hand-written paths through the built-in clients, each with the full profile it must give. Unlike
 * the generated golden files, an author chooses these paths (a mixed-quality one per client at
 * least) and says in {@code why} what the path is meant to show. Each file in
 * {@code src/test/resources/paths/} holds {@code scenario}, {@code why}, {@code seed},
 * {@code choices} and {@code profile}; with -Dgolden.update=true only the profile is rewritten.
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
        ObjectNode profile = ProfileDocument.of(t, new Scorer(library.curriculum()).score(sc, t));
        if (UPDATE) {
            pinned.set("profile", profile);
            Files.writeString(file, ProfileDocument.MAPPER.writeValueAsString(pinned) + "\n", StandardCharsets.UTF_8);
            return;
        }
        JsonNode actual = ProfileDocument.MAPPER.readTree(ProfileDocument.MAPPER.writeValueAsString(profile));
        assertThat(actual).as("profile of the pinned path %s", file).isEqualTo(pinned.get("profile"));
    }
}
