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
 * The build lints every framework and scenario it ships: no errors and no warnings. For the built-in
 * clients every fairness finding is an error ({@link FairnessPolicy#BUILT_IN}), so none may remain.
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
        assertThat(findings).as("findings in assets/").isEmpty();
        assertThat(FairnessPolicy.BUILT_IN.others()).as("fairness findings of built-in content are errors").isEqualTo(Finding.Level.ERROR);
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
