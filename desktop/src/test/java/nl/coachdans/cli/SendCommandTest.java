package nl.coachdans.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code send} and {@code report --lrs} as a user meets them when something is wrong; the real
 * store is exercised in core (nl.coachdans.lrs) against Learning Locker's statement service.
 */
@Timeout(60)
class SendCommandTest {
    private static final String SECRET = "do-not-print-me";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, o, e);
        }
        Run r = new Run(code, out.toString(), err.toString());
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(SECRET);
        return r;
    }

    private Path recordFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("inbox"));
        Run played = run("play", "leonie", "--expert", "--record", dir.resolve("sam.json").toString());
        assertThat(played.code()).isZero();
        return dir;
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aStoreThatCannotBeReachedStopsWithOneLine() throws Exception {
        Path dir = recordFolder();
        Run r = run("send", dir.toString(), "--lrs", "http://127.0.0.1:" + closedPort() + "/xAPI", "--key", "k", "--secret", SECRET,
                "--timeout", "2", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("coachdans: stopped: no answer from http://127.0.0.1:").contains("connection refused");
    }

    @Test
    void checkingAnAssignmentShowsWhereResultsGoButNeverTheSecret() throws Exception {
        Path file = tmp.resolve("opdracht.yaml");
        assertThat(run("assignment", "new", "--scenario", "leonie", "--title", "Leonie", "--trainer", "Fer", "--out", file.toString()).code()).isZero();
        Files.writeString(file, Files.readString(file) + "\nlrs:\n  endpoint: https://lrs.school.nl/xapi\n  key: coachdans\n  secret: \"" + SECRET + "\"\n  pseudonym: true\n");
        Run r = run("assignment", "check", file.toString(), "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("results go to the learning record store at https://lrs.school.nl/xapi while students play, under a pseudonym");
    }

    @Test
    void missingOrBadStoreDetailsAreNamed() throws Exception {
        Path dir = recordFolder();
        Run noKey = run("send", dir.toString(), "--lrs", "http://127.0.0.1:9/xAPI", "--secret", SECRET, "--lang", "en");
        assertThat(noKey.code()).isEqualTo(2);
        assertThat(noKey.err()).contains("--key is needed");
        Run badUrl = run("send", dir.toString(), "--lrs", "lrs.school.nl", "--key", "k", "--secret", SECRET);
        assertThat(badUrl.err()).contains("'lrs.school.nl' is not a web address");
        Run withUser = run("report", dir.toString(), "--lrs", "https://k:" + SECRET + "@lrs.school.nl/xapi", "--key", "k", "--secret", SECRET);
        assertThat(withUser.code()).isEqualTo(2);
        assertThat(withUser.err()).contains("may not hold a user name or password");
    }
}
