package nl.coachdans.lint;

import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The build lints every framework and scenario it ships: no errors and no warnings. */
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
        assertThat(lint(assets)).as("findings in assets/").isEmpty();
    }

    @Test
    void authoringExampleIsClean() {
        Path examples = Paths.get(System.getProperty("coachdans.assets", "../assets")).resolveSibling("docs").resolve("examples");
        List<Finding> findings = lint(examples);
        assertThat(findings).as("findings in docs/examples").isEmpty();
        assertThat(ContentLibrary.load(examples, new ContentReader(), false).scenarios()).hasSize(1);
    }
}
