package nl.coachdans.lint;

import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build lints every framework and scenario it ships: no errors and no warnings, except the
 * fairness checks' warnings on the built-in clients while issue 12 rewrites them; the switch
 * {@link FairnessPolicy#BUILT_IN_STRICT} makes those errors, and then this test holds them too.
 */
class AssetsLintTest {

    private static List<Finding> lint(Path root) {
        ContentLibrary lib = ContentLibrary.load(root, new ContentReader(), true);
        List<Finding> all = new ArrayList<>(lib.frameworkFindings());
        lib.scenarios().forEach(e -> all.addAll(e.findings()));
        return all;
    }

    @Test
    void builtInContentIsClean() {
        Path assets = Paths.get(System.getProperty("coachdans.assets", "../assets"));
        List<Finding> findings = lint(assets);
        assertThat(findings).as("errors in assets/").noneMatch(Finding::isError);
        assertThat(findings).as("findings in assets/ other than fairness warnings").allMatch(Finding::fairness);
    }

    @Test
    void authoringExampleIsClean() {
        Path examples = Paths.get(System.getProperty("coachdans.assets", "../assets")).resolveSibling("docs").resolve("examples");
        List<Finding> findings = lint(examples);
        // The example is user content: fairness findings on it are warnings except conduct bounds and loops.
        assertThat(findings).as("errors in docs/examples").noneMatch(Finding::isError);
        assertThat(findings).as("findings in docs/examples other than fairness warnings").allMatch(Finding::fairness);
        assertThat(ContentLibrary.load(examples, new ContentReader(), false).scenarios()).hasSize(1);
    }
}
