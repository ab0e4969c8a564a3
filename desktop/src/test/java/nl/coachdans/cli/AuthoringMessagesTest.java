package nl.coachdans.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a trainer who is no programmer meets first: a file of the wrong kind, a tab in YAML. */
@Timeout(60)
class AuthoringMessagesTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedPlayOutputInTheFolderIsNamedForWhatItIs() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mijn-clienten"));
        Files.writeString(folder.resolve("sessie.json"), CliRun.of("play", "../docs/examples/scenarios/voorbeeld.yaml", "--expert", "--json").out());
        String out = CliRun.of("validate", folder.toString(), "--lang", "en").out();
        assertThat(out).contains("sessie.json").contains("error CD0604 other-kind-of-file: not a scenario or framework: it looks like the output of 'coachdans play --json'")
                .doesNotContain("wrong kind of value").doesNotContain("unknown field");
    }

    @Test
    void aTabIsNamedAtItsOwnLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("noor.yaml"), "id: noor\nversion: 1\n\tstart: open\n");
        String out = CliRun.of("validate", file.toString()).out();
        assertThat(out).contains("noor.yaml:3:1: fout CD0117 yaml-tab: geen geldige YAML: een tab mag hier niet staan; spring in met spaties")
                .doesNotContain("while scanning");
    }
}
