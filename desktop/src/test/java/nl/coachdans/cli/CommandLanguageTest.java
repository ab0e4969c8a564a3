package nl.coachdans.cli;

import com.sun.net.httpserver.HttpServer;
import nl.coachdans.xapi.XapiIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainer's and author's commands speak --lang, Dutch by default, from the trainer bundle: each
 * command once in Dutch and once in English, and the Dutch without the English sentence.
 */
class CommandLanguageTest {
    @TempDir
    Path tmp;

    private Path played(String name) {
        Path rec = tmp.resolve("inbox").resolve(name);
        assertThat(CliRun.of("play", "leonie", "--expert", "--record", rec.toString()).code()).isZero();
        return rec.getParent();
    }

    private Path assignment() {
        Path file = tmp.resolve("opdracht.yaml");
        CliRun r = CliRun.of("assignment", "new", "--scenario", "leonie", "--title", "Leonie", "--trainer", "Fer", "--out", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(file + " geschreven (opdracht-id " + idOf(file) + "); vul het in en controleer het met: coachdans assignment check "
                + file + System.lineSeparator());
        return file;
    }

    private static String idOf(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow().substring(4);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void assignmentNewSaysWhatItWroteAndWhatIsWrongInTheChosenLanguage() {
        Path file = assignment();
        CliRun en = CliRun.of("assignment", "new", "--out", tmp.resolve("b.yaml").toString(), "--scenario", "leonie", "--lang", "en");
        assertThat(en.out()).startsWith("wrote " + tmp.resolve("b.yaml") + " (assignment id ").contains("fill it in and check it with: coachdans assignment check");
        CliRun nlDue = CliRun.of("assignment", "new", "--due", "morgen");
        assertThat(nlDue.code()).isEqualTo(2);
        assertThat(nlDue.err()).isEqualTo("coachdans: --due ‘morgen’ is geen datum; schrijf hem als jaar-maand-dag, bijvoorbeeld 2025-06-30"
                + System.lineSeparator());
        CliRun enDue = CliRun.of("assignment", "new", "--due", "tomorrow", "--lang", "en");
        assertThat(enDue.err()).contains("--due ‘tomorrow’ is not a date; write it as year-month-day");
        CliRun nlUnknown = CliRun.of("assignment", "new", "--scenario", "leoni");
        assertThat(nlUnknown.err()).startsWith("coachdans: onbekend scenario ‘leoni’; de scenario’s die hier bekend zijn: ");
        assertThat(file).exists();
    }

    @Test
    void assignmentCheckSaysWhatTheAssignmentAsksInTheChosenLanguage() {
        Path file = assignment();
        CliRun nl = CliRun.of("assignment", "check", file.toString());
        assertThat(nl.code()).isZero();
        assertThat(nl.out()).contains(file + ": in orde").contains("Leonie (").contains(") van Fer").contains("scenario’s: leonie")
                .contains("modus: oefenen, pogingen per scenario: 3").contains("geslaagd als: afgerond")
                .doesNotContain("passed when").doesNotContain("practice");
        CliRun en = CliRun.of("assignment", "check", file.toString(), "--lang", "en");
        assertThat(en.out()).contains(file + ": ok").contains(") by Fer").contains("scenarios: leonie")
                .contains("mode: practice, attempts per scenario: 3").contains("passed when: finished");
        CliRun missing = CliRun.of("assignment", "check", tmp.resolve("geen.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("coachdans: " + tmp.resolve("geen.yaml") + ": dit opdrachtbestand bestaat niet" + System.lineSeparator());
    }

    @Test
    void assignmentExportSaysThereIsNothingToExportInTheChosenLanguage() throws IOException {
        Path file = assignment();
        Path records = Files.createDirectories(tmp.resolve("records"));
        CliRun nl = CliRun.of("assignment", "export", "--assignment", file.toString(), "--records", records.toString(), "--out", tmp.resolve("r.json").toString());
        assertThat(nl.code()).isEqualTo(1);
        assertThat(nl.err()).contains("geen sessies voor opdracht").contains("begin eerst in het spel aan de opdracht");
        CliRun en = CliRun.of("assignment", "export", "--assignment", file.toString(), "--records", tmp.resolve("nope").toString(),
                "--out", tmp.resolve("r.json").toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).isEqualTo("coachdans: " + tmp.resolve("nope") + ": no such folder of records" + System.lineSeparator());
    }

    @Test
    void xapiExportCountsInTheChosenLanguage() {
        Path dir = played("a.json");
        CliRun nl = CliRun.of("export", dir.toString(), "--xapi", tmp.resolve("x.json").toString());
        assertThat(nl.code()).as(nl.err()).isZero();
        assertThat(nl.out()).matches("(?s)" + java.util.regex.Pattern.quote(tmp.resolve("x.json") + " geschreven: ") + "\\d+ statements voor 1 sessie\\R");
        CliRun en = CliRun.of("export", dir.toString(), "--xapi", tmp.resolve("y.json").toString(), "--lang", "en");
        assertThat(en.out()).matches("(?s)" + java.util.regex.Pattern.quote("wrote " + tmp.resolve("y.json") + ": ") + "\\d+ statements for 1 session\\R");
        assertThat(CliRun.of("export", tmp.resolve("weg").toString(), "--xapi", tmp.resolve("z.json").toString()).err())
                .isEqualTo("coachdans: " + tmp.resolve("weg") + ": deze map bestaat niet" + System.lineSeparator());
    }

    @Test
    void sendNamesWhatIsMissingInTheChosenLanguage() throws Exception {
        Path dir = played("a.json");
        CliRun nl = CliRun.of("send", dir.toString(), "--lrs", "http://127.0.0.1:9/xAPI", "--secret", "s", "--key", "");
        assertThat(nl.code()).isEqualTo(2);
        assertThat(nl.err()).isEqualTo("coachdans: --key is nodig (of de omgevingsvariabele COACHDANS_LRS_KEY)" + System.lineSeparator());
        CliRun en = CliRun.of("send", dir.toString(), "--lrs", "http://127.0.0.1:9/xAPI", "--key", "k", "--secret", "s", "--timeout", "0", "--lang", "en");
        assertThat(en.err()).isEqualTo("coachdans: --timeout must be 1 or more seconds" + System.lineSeparator());
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CliRun stopped = CliRun.of("send", dir.toString(), "--lrs", "http://127.0.0.1:" + port + "/xAPI", "--key", "k", "--secret", "s", "--timeout", "2");
        assertThat(stopped.err()).startsWith("coachdans: gestopt: ");
    }

    @Test
    void clientNewSaysWhatToDoNextInTheChosenLanguage() {
        Path nlFile = tmp.resolve("sam.yaml");
        CliRun nl = CliRun.of("client", "new", "sam", "--out", nlFile.toString());
        assertThat(nl.code()).as(nl.err()).isZero();
        assertThat(nl.out()).contains(nlFile + " geschreven").contains("speel hem: coachdans play sam --expert")
                .contains("controleer hem na elke wijziging: coachdans validate " + nlFile).doesNotContain("play it");
        Path enFile = tmp.resolve("kim.yaml");
        CliRun en = CliRun.of("client", "new", "kim", "--out", enFile.toString(), "--lang", "en");
        assertThat(en.out()).contains("wrote " + enFile).contains("play it: coachdans play kim --expert")
                .contains("check it after every change: coachdans validate " + enFile);
        assertThat(CliRun.of("client", "new", "Kim!").err()).contains("‘Kim!’ kan geen id van een cliënt zijn");
    }

    @Test
    void openSaysWhatItOpensInTheChosenLanguage() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("klas"));
        CommandLineWindow window = new CommandLineWindow();
        assertThat(window.run("open", folder.toString()).out()).contains("de klasmap " + folder.toAbsolutePath().normalize() + " wordt in het spel geopend");
        assertThat(window.run("open", folder.toString(), "--lang", "en").out())
                .contains("opening the class folder " + folder.toAbsolutePath().normalize() + " in the game");
        assertThat(window.run("open", tmp.resolve("weg.yaml").toString()).err()).contains("weg.yaml: dit bestand of deze map bestaat niet");
    }

    @Test
    void reportComparesWithTheStoreInTheChosenLanguage() throws Exception {
        Path dir = played("a.json");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // The store received the first turn with another choice than the file says.
        String answered = "{\"statements\": [{\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/answered\"}, \"context\": {\"extensions\": {\""
                + XapiIds.extension("turn") + "\": 1}}, \"result\": {\"response\": \"iets-anders\"}}]}";
        server.createContext("/", ex -> {
            byte[] b = answered.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            String lrs = "http://127.0.0.1:" + server.getAddress().getPort() + "/xAPI";
            CliRun nl = CliRun.of("report", dir.toString(), "--lrs", lrs, "--key", "k", "--secret", "s");
            assertThat(nl.code()).as(nl.err()).isZero();
            assertThat(nl.out()).contains("vergeleken met de leeromgeving (LRS) " + lrs + ":")
                    .contains("a.json (").contains("WIJKT AF van wat de LRS tijdens het spelen ontving")
                    .contains("beurt 1: het bestand zegt ").contains(", de LRS ontving iets-anders")
                    .contains("sessies die afwijken van wat de LRS ontving: 1 van 1").doesNotContain("DIFFERS");
            CliRun en = CliRun.of("report", dir.toString(), "--lrs", lrs, "--key", "k", "--secret", "s", "--lang", "en");
            assertThat(en.out()).contains("compared with the learning record store " + lrs + ":")
                    .contains("DIFFERS from what the store received during play")
                    .contains("turn 1: the file says ").contains(", the store received iets-anders")
                    .contains("sessions that differ from what the store received: 1 of 1");
        } finally {
            server.stop(0);
        }
    }

    /** Runs open with a window that only records that it was asked. */
    private static final class CommandLineWindow {
        CliRun run(String... args) {
            java.io.StringWriter out = new java.io.StringWriter(), err = new java.io.StringWriter();
            int code;
            try (java.io.PrintWriter o = new java.io.PrintWriter(out); java.io.PrintWriter e = new java.io.PrintWriter(err)) {
                code = Cli.run(args, o, e, (option, file) -> 0);
            }
            return new CliRun(code, out.toString(), err.toString());
        }
    }
}
