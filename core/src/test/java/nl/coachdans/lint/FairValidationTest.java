package nl.coachdans.lint;

import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input in the fair-scoring format is reported as a finding with the file, the line and column,
 * and what is wrong: a malformed route, a condition naming an unknown risk or step, a count of
 * something that is not a severity, a needs range out of -2..2, a role given twice.
 */
class FairValidationTest {
    static final Path SLIP = Paths.get("src", "test", "resources", "fair", "scenarios", "grow-slip.yaml");
    static String base;
    static Curriculum curriculum;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        base = Files.readString(SLIP, StandardCharsets.UTF_8);
        curriculum = Curriculum.of(List.of(Fixtures.reader().readFramework(Paths.get("..", "assets", "frameworks", "grow.yaml")).value()));
    }

    private List<Finding> errors(String yaml) {
        Path file = Fixtures.write(dir.resolve("scenarios").resolve("grow-slip.yaml"), yaml);
        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, Fixtures.reader(), curriculum, true);
        return e.findings().stream().filter(Finding::isError).toList();
    }

    /**
     * The error about {@code messagePart} in this variant of the test client, located in the file; it
     * comes first (a follow-up such as an ending no longer reached may come after it).
     */
    private Finding onlyError(String yaml, String messagePart) {
        List<Finding> errors = errors(yaml);
        assertThat(errors).as("errors").isNotEmpty();
        Finding f = errors.get(0);
        assertThat(f.message()).contains(messagePart);
        assertThat(f.line()).as("line of %s", f).isPositive();
        assertThat(f.column()).as("column of %s", f).isPositive();
        return f;
    }

    private static int lineOf(String yaml, String text) {
        int at = yaml.indexOf(text);
        assertThat(at).isNotNegative();
        return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theTestClientIsClean() {
        assertThat(errors(base)).isEmpty();
    }

    @Test
    void aRouteWithoutWhenBeforeTheLastIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "          - when: \"committed(critical)\"\n            to: einde-koel\n", "          - to: einde-koel\n");
        Finding f = onlyError(yaml, "route 1 has no when, so the routes after it are never taken");
        assertThat(f.line()).isEqualTo(lineOf(yaml, "          - to: einde-koel"));
    }

    @Test
    void aLastRouteWithAConditionIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "          - to: einde-goed\n", "          - to: einde-goed\n            when: \"reached(goal)\"\n");
        onlyError(yaml, "the last route must have no when");
    }

    @Test
    void aRouteToAMissingNodeIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "to: einde-koel", "to: einde-nergens");
        onlyError(yaml, "route 1 leads to node 'einde-nergens', which does not exist");
    }

    @Test
    void nextThatIsNeitherANodeNorAListIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "        next: doel2\n", "        next: {to: doel2}\n");
        onlyError(yaml, "next must be a node id, or a list of routes");
    }

    @Test
    void committedNamingAnUnknownRiskIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "\"committed(critical)\"", "\"committed(klaagverhaal)\"");
        Finding f = onlyError(yaml, "condition \"committed(klaagverhaal)\" names unknown risk 'klaagverhaal'");
        assertThat(f.line()).isEqualTo(lineOf(yaml, "committed(klaagverhaal)"));
    }

    @Test
    void reachedNamingAnUnknownStepOrFrameworkIsAnError() {
        onlyError(Fixtures.replaceOnce(base, "not reached(reality)\"\n            to", "not reached(herken)\"\n            to"), "names unknown step 'herken'");
        onlyError(Fixtures.replaceOnce(base, "not reached(reality)\"\n            to", "not reached(ervaringsleren/herken)\"\n            to"),
                "names framework 'ervaringsleren', which is not among this scenario's frameworks");
    }

    @Test
    void countingRisksByAnythingButASeverityOrComparingWithAWordIsAnError() {
        onlyError(Fixtures.replaceOnce(base, "risks(warning) >= 1", "risks(critical) >= x"), "expected a whole number after '>='");
        onlyError(Fixtures.replaceOnce(base, "risks(warning) >= 1", "risks(oordeel) >= 1"), "risks(...) counts by severity");
    }

    @Test
    void aNeedsRangeOutsideMinusTwoToTwoIsAnError() {
        onlyError(Fixtures.replaceOnce(base, "closeness: 0..1", "closeness: 0..3"), "closeness must lie between -2 and 2 (got 3)");
        onlyError(Fixtures.replaceOnce(base, "closeness: 0..1", "closeness: 1..0"), "closeness range 1..0 is empty");
        onlyError(Fixtures.replaceOnce(base, "closeness: 0..1", "closeness: near"), "closeness must be a whole number, a range such as 0..1");
    }

    @Test
    void aRoleGivenTwiceIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "start: 5, role: rapport", "start: 5, role: emotion");
        Finding f = onlyError(yaml, "role emotion is given twice (also to 'emotion')");
        assertThat(f.line()).isEqualTo(lineOf(yaml, "  rapport: {name"));
    }

    @Test
    void withoutAnEmotionOrRapportRoleTheDanceUsesNeutralValuesAndSaysSo() {
        String yaml = Fixtures.replaceOnce(base, ", role: rapport}", ", role: openness}");
        Path file = Fixtures.write(dir.resolve("scenarios").resolve("grow-slip.yaml"), yaml);
        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, Fixtures.reader(), curriculum, true);
        assertThat(e.findings()).anySatisfy(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.message()).contains("no state variable plays the role rapport").contains("neutral value");
        });
    }
}
