package nl.coachdans.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a trainer who is no programmer meets first: a file of the wrong kind, a tab in YAML. */
@Timeout(60)
class AuthoringMessagesTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            Cli.run(args, o, e);
        }
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void aSavedPlayOutputInTheFolderIsNamedForWhatItIs() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mijn-clienten"));
        Files.writeString(folder.resolve("sessie.json"), run("play", "../docs/examples/scenarios/voorbeeld.yaml", "--expert", "--json")[0]);
        String out = run("validate", folder.toString())[0];
        assertThat(out).contains("sessie.json").contains("error: not a scenario or framework: it looks like the output of 'coachdans play --json'")
                .doesNotContain("wrong kind of value").doesNotContain("unknown field");
    }

    @Test
    void aTabIsNamedAtItsOwnLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("noor.yaml"), "id: noor\nversion: 1\n\tstart: open\n");
        String out = run("validate", file.toString())[0];
        assertThat(out).contains("noor.yaml:3:1: error: not valid YAML: a tab character is not allowed here; indent with spaces")
                .doesNotContain("while scanning");
    }
}
