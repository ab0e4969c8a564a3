package nl.coachdans.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code coachdans open FILE}: the file is handed to the game window (here a stand-in that records
 * what it was given), or refused in one line when it does not exist, without starting the game.
 */
class OpenCommandTest {
    @TempDir
    Path tmp;

    private final List<Path> opened = new ArrayList<>();

    private record Run(int code, String out, String err) { }

    /** Runs open in English; {@link #runIn} picks the language. */
    private Run run(String... args) {
        return runIn("en", args);
    }

    private Run runIn(String lang, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            CommandLine cl = new CommandLine(new OpenCommand(o, path -> {
                opened.add(path);
                return 0;
            }));
            cl.setOut(o);
            cl.setErr(e);
            // As in Cli: a user's mistake is one line and an exit code, never a stack trace.
            cl.setExecutionExceptionHandler((ex, c, p) -> {
                if (ex instanceof UserError ue) {
                    e.println("coachdans: " + ue.getMessage());
                    return ue.exitCode();
                }
                throw ex;
            });
            code = cl.execute(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", lang)).toArray(String[]::new));
        }
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void handsTheFileToTheGameWithItsFullPath() throws Exception {
        Path a = Files.writeString(tmp.resolve("opdracht.yaml"), "format: 1\n");
        Run r = run(a.toString());
        assertThat(r.code()).isZero();
        assertThat(opened).containsExactly(a.toAbsolutePath().normalize());
        assertThat(r.out()).contains("opening the assignment").contains(a.toAbsolutePath().normalize().toString());
    }

    @Test
    void saysWhatKindOfFileItOpens() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("klas"));
        assertThat(run(folder.toString()).out()).contains("the class folder");
        Path record = Files.writeString(tmp.resolve("r.json"), "{\"scenario\": \"leonie\", \"choices\": []}");
        assertThat(run(record.toString()).out()).contains("the session record");
        Path result = Files.writeString(tmp.resolve("res.json"), "{\"assignment\": {}, \"records\": []}");
        assertThat(run(result.toString()).out()).contains("the result file");
        // Not recognised: the game still opens it and says why on screen; nothing is refused here.
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "hello");
        assertThat(run(notes.toString()).out()).contains("not recognised");
        assertThat(opened).hasSize(4);
    }

    @Test
    void aMissingFileIsRefusedWithoutStartingTheGame() {
        Run r = run(tmp.resolve("gone.yaml").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("gone.yaml").contains("no such file").doesNotContain("Exception");
        assertThat(opened).isEmpty();
    }

    @Test
    void isACommandOfTheCommandLine() {
        StringWriter sink = new StringWriter();
        try (PrintWriter w = new PrintWriter(sink)) {
            CommandLine cl = Cli.create(w, w, (option, p) -> 0);
            assertThat(cl.getSubcommands()).containsKey("open");
            assertThat(Cli.run(new String[] {"--help"}, w, w)).isZero();
        }
        assertThat(sink.toString()).containsPattern("open\\s+Starts the game with a file opened");
    }
}
