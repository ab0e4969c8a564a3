package nl.coachdans.assignments;

import nl.coachdans.sessions.ReportFixtures;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Site;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static nl.coachdans.sessions.ReportFixtures.VOORBEELD;
import static org.assertj.core.api.Assertions.assertThat;

/** An assignment's learning record store: read and checked, and its key and secret never copied out. */
class AssignmentLrsTest {
    private static final String SECRET = "Zr8-very-secret";

    @TempDir
    Path tmp;

    private final AssignmentReader reader = new AssignmentReader(List.of(VOORBEELD));

    private static String template() {
        return AssignmentTemplate.yaml("noor-oefenen-ab12", "Noor", "Fer", List.of(VOORBEELD), List.of("voorbeeld"),
                Mode.EXAM, 2, LocalDate.parse("2025-03-31"));
    }

    /** The template with its commented LRS block filled in. */
    private static String withLrs(String endpoint, String secretLine) {
        return template().replace("# lrs:\n", "lrs:\n")
                .replace("#   endpoint: https://lrs.school.nl/xapi\n", "  endpoint: " + endpoint + "\n")
                .replace("#   key: coachdans\n", "  key: coachdans\n")
                .replace("#   secret: \"...\"\n", secretLine)
                .replace("#   pseudonym: true\n", "  pseudonym: true\n");
    }

    private ReadResult<Assignment> read(String text) {
        return reader.read(Fixtures.write(tmp.resolve("a.yaml"), text));
    }

    @Test
    void theTemplateOffersAnLrsBlockThatLoads() {
        assertThat(read(template()).value().lrs()).isNull();
        ReadResult<Assignment> r = read(withLrs("https://lrs.school.nl/xapi", "  secret: \"" + SECRET + "\"\n"));
        assertThat(r.findings()).isEmpty();
        AssignmentLrs lrs = r.value().lrs();
        assertThat(lrs.endpoint()).isEqualTo("https://lrs.school.nl/xapi");
        assertThat(lrs.key()).isEqualTo("coachdans");
        assertThat(lrs.secret()).isEqualTo(SECRET);
        assertThat(lrs.pseudonym()).isTrue();
        assertThat(lrs.toString()).doesNotContain(SECRET).doesNotContain("coachdans\"");
    }

    @Test
    void aResultFileCarriesTheAddressButNeverTheKeyOrSecret() throws Exception {
        Assignment a = read(withLrs("https://lrs.school.nl/xapi", "  secret: \"" + SECRET + "\"\n")).value();
        AssignmentResult result = AssignmentResults.of(a, List.of(), "Sam", ReportFixtures.T0);
        String json = new String(RecordReader.json().writeValueAsBytes(result), StandardCharsets.UTF_8);
        assertThat(json).contains("https://lrs.school.nl/xapi").doesNotContain(SECRET).doesNotContain("\"key\"");
        Assignment copy = AssignmentResults.fromTree("r.json", RecordReader.json().readTree(json)).value().assignment();
        assertThat(copy).as("the copy without credentials is still the same assignment").isEqualTo(a);
        assertThat(copy.lrs().hasCredentials()).isFalse();
    }

    @Test
    void badLrsDetailsAreNamedWithoutRepeatingTheSecret() {
        ReadResult<Assignment> r = read(withLrs("lrs.school.nl", ""));
        assertThat(r.value()).isNull();
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.problem()).isEqualTo(Problem.of(FindingCode.LRS_ENDPOINT_INVALID, "lrs.school.nl"));
            assertThat(f.where()).isEqualTo(Site.field("lrs.endpoint"));
        });
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.LRS_SECRET_MISSING));

        r = read(withLrs("https://lrs.school.nl/xapi/statements", "  secret: \"" + SECRET + "\"\n"));
        assertThat(r.findings()).singleElement().extracting(Finding::problem)
                .isEqualTo(Problem.of(FindingCode.LRS_ENDPOINT_WITH_STATEMENTS, "https://lrs.school.nl/xapi"));
        assertThat(r.findings()).singleElement().asString().doesNotContain(SECRET);
    }
}
