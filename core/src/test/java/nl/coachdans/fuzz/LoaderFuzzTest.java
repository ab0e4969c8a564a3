package nl.coachdans.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.coachdans.lint.BuiltInAssets;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.assignments.AssignmentReader;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Validator;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of every loader (issue 13). In the normal test run each target replays
 * its corpus under {@code src/test/resources/nl/coachdans/fuzz/LoaderFuzzTestInputs/}; with
 * {@code -Pfuzz} (JAZZER_FUZZ=1) one target at a time is fuzzed for {@code maxDuration}. The
 * property: any input gives a result or a clear user error, never an unexpected exception.
 */
class LoaderFuzzTest {
    private static final ContentReader READER = new ContentReader();
    private static ContentLibrary builtIn;
    private static ScenarioSource source;
    private static Path dir;

    @BeforeAll
    static void load() throws IOException {
        builtIn = ContentLibrary.load(BuiltInAssets.root(), READER, false);
        source = id -> Optional.ofNullable(builtIn.scenario(id)).filter(e -> e.scenario() != null)
                .map(e -> new ScenarioSource.Playable(e.scenario(), builtIn.curriculum()));
        dir = Files.createTempDirectory("coachdans-fuzz");
    }

    /** A clear user error: a message in words, with no exception or class names in it. */
    /** A finding reads clearly in both languages. */
    static void clear(nl.coachdans.scenario.Finding f) {
        for (nl.coachdans.scenario.Language l : nl.coachdans.scenario.Language.values()) clear(nl.coachdans.scenario.FindingText.of(l).withPlace(f));
    }

    static void clear(String message) {
        assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.")
                .doesNotContain("nl.coachdans").doesNotContain("com.fasterxml");
    }

    private static void content(byte[] data, boolean yaml, Class<?> type) {
        ReadResult<?> r = READER.parse(yaml ? "fuzz.yaml" : "fuzz.json", data, yaml, type, List.of());
        r.findings().forEach(LoaderFuzzTest::clear);
        if (r.value() == null) {
            assertThat(r.findings()).as("no value without a reason").isNotEmpty();
            return;
        }
        Validator v = new Validator(builtIn.curriculum());
        List<Finding> found = r.value() instanceof Scenario s ? v.validate("fuzz", s) : v.validate("fuzz", (Framework) r.value());
        found.forEach(LoaderFuzzTest::clear);
    }

    @FuzzTest(maxDuration = "2m")
    void scenarioYaml(byte[] data) {
        content(data, true, Scenario.class);
    }

    @FuzzTest(maxDuration = "2m")
    void scenarioJson(byte[] data) {
        content(data, false, Scenario.class);
    }

    @FuzzTest(maxDuration = "2m")
    void frameworkYaml(byte[] data) {
        content(data, true, Framework.class);
    }

    @FuzzTest(maxDuration = "2m")
    void frameworkJson(byte[] data) {
        content(data, false, Framework.class);
    }

    private static void folder(byte[] data) throws IOException {
        Path f = dir.resolve("fuzz.json");
        Files.write(f, data);
        List<RecordFolder.Item> items = new RecordFolder(source).read(f);
        assertThat(items).isNotEmpty();
        for (RecordFolder.Item it : items) if (it.message() != null) clear(it.message());
    }

    /** A session record, as report, export and the game read it. */
    @FuzzTest(maxDuration = "2m")
    void record(byte[] data) throws IOException {
        folder(data);
    }

    /** A result file (a trainee's records for an assignment). */
    @FuzzTest(maxDuration = "2m")
    void result(byte[] data) throws IOException {
        folder(data);
    }

    @FuzzTest(maxDuration = "2m")
    void assignment(byte[] data) throws IOException {
        Path f = dir.resolve("fuzz.yaml");
        Files.write(f, data);
        var r = new AssignmentReader(builtIn.scenarios().stream().map(ContentLibrary.Entry::scenario)
                .filter(java.util.Objects::nonNull).toList()).read(f);
        r.findings().forEach(LoaderFuzzTest::clear);
        if (r.value() == null) assertThat(r.findings()).isNotEmpty();
    }
}
