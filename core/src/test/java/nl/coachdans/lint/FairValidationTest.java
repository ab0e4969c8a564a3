package nl.coachdans.lint;

import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Problem;
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
     * The error of this code in this variant of the test client, located in the file; it comes first
     * (a follow-up such as an ending no longer reached may come after it).
     */
    private Finding onlyError(String yaml, FindingCode code) {
        List<Finding> errors = errors(yaml);
        assertThat(errors).as("errors").isNotEmpty();
        Finding f = errors.get(0);
        assertThat(f.code()).as("%s", f).isEqualTo(code);
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
        Finding f = onlyError(yaml, FindingCode.ROUTE_WITHOUT_WHEN);
        assertThat(f.args()).containsExactly(1);
        assertThat(f.line()).isEqualTo(lineOf(yaml, "          - to: einde-koel"));
    }

    @Test
    void aLastRouteWithAConditionIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "          - to: einde-goed\n", "          - to: einde-goed\n            when: \"reached(goal)\"\n");
        onlyError(yaml, FindingCode.LAST_ROUTE_WITH_WHEN);
    }

    @Test
    void aRouteToAMissingNodeIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "to: einde-koel", "to: einde-nergens");
        assertThat(onlyError(yaml, FindingCode.ROUTE_UNKNOWN_NODE).args()).containsExactly(1, "einde-nergens");
    }

    @Test
    void nextThatIsNeitherANodeNorAListIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "        next: doel2\n", "        next: {to: doel2}\n");
        onlyError(yaml, FindingCode.NEXT_MALFORMED);
    }

    @Test
    void aMisspeltFieldInARouteIsNamedWithItsPlace() {
        String yaml = Fixtures.replaceOnce(base, "          - when: \"committed(critical)\"\n", "          - wen: \"committed(critical)\"\n");
        List<Finding> errors = errors(yaml);
        assertThat(errors).anySatisfy(f -> {
            assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.UNKNOWN_FIELD, "wen", new Problem.Word("part.route"), "docs/authoring.md"));
            assertThat(f.line()).isEqualTo(lineOf(yaml, "wen: "));
        });
    }

    @Test
    void committedNamingAnUnknownRiskIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "\"committed(critical)\"", "\"committed(klaagverhaal)\"");
        Finding f = onlyError(yaml, FindingCode.CONDITION_UNKNOWN_ID);
        assertThat(f.args()).startsWith("committed(klaagverhaal)", new Problem.Word("kind.risk"), "klaagverhaal");
        assertThat(f.line()).isEqualTo(lineOf(yaml, "committed(klaagverhaal)"));
    }

    @Test
    void reachedNamingAnUnknownStepOrFrameworkIsAnError() {
        assertThat(onlyError(Fixtures.replaceOnce(base, "not reached(reality)\"\n            to", "not reached(herken)\"\n            to"),
                FindingCode.CONDITION_UNKNOWN_ID).problem().arg("id")).isEqualTo("herken");
        assertThat(onlyError(Fixtures.replaceOnce(base, "not reached(reality)\"\n            to", "not reached(ervaringsleren/herken)\"\n            to"),
                FindingCode.CONDITION_FOREIGN_FRAMEWORK).problem().arg("framework")).isEqualTo("ervaringsleren");
    }

    @Test
    void countingRisksByAnythingButASeverityOrComparingWithAWordIsAnError() {
        assertThat(onlyError(Fixtures.replaceOnce(base, "risks(warning) >= 1", "risks(critical) >= x"), FindingCode.CONDITION_EXPECTED_NUMBER)
                .problem().arg("operator")).isEqualTo(">=");
        onlyError(Fixtures.replaceOnce(base, "risks(warning) >= 1", "risks(oordeel) >= 1"), FindingCode.CONDITION_RISKS_BY_SEVERITY);
    }

    @Test
    void aNeedsRangeOutsideMinusTwoToTwoIsAnError() {
        assertThat(onlyError(Fixtures.replaceOnce(base, "closeness: 0..1", "closeness: 0..3"), FindingCode.CLOSENESS_OUT_OF_RANGE).args()).containsExactly(3);
        assertThat(onlyError(Fixtures.replaceOnce(base, "closeness: 0..1", "closeness: 1..0"), FindingCode.CLOSENESS_RANGE_EMPTY).args()).containsExactly(1, 0);
        assertThat(onlyError(Fixtures.replaceOnce(base, "closeness: 0..1", "closeness: near"), FindingCode.CLOSENESS_MALFORMED).args()).containsExactly("near");
    }

    @Test
    void aRoleGivenTwiceIsAnError() {
        String yaml = Fixtures.replaceOnce(base, "start: 5, role: rapport", "start: 5, role: emotion");
        Finding f = onlyError(yaml, FindingCode.ROLE_TWICE);
        assertThat(f.args()).containsExactly("emotion", "emotion");
        assertThat(f.line()).isEqualTo(lineOf(yaml, "  rapport: {name"));
    }

    @Test
    void withoutAnEmotionOrRapportRoleTheDanceUsesNeutralValuesAndSaysSo() {
        String yaml = Fixtures.replaceOnce(base, ", role: rapport}", ", role: openness}");
        Path file = Fixtures.write(dir.resolve("scenarios").resolve("grow-slip.yaml"), yaml);
        ContentLibrary.Entry e = ContentLibrary.loadScenario(file, Fixtures.reader(), curriculum, true);
        assertThat(e.findings()).anySatisfy(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.ROLE_MISSING, "rapport"));
        });
    }
}
