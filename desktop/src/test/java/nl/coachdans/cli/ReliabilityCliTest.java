package nl.coachdans.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Issue 13 at the command line: every output checked, one overwrite rule, no stack traces, safe terminal text. */
class ReliabilityCliTest {
    private static final Path EXAMPLES = Paths.get("..", "docs", "examples");
    private static final Path VOORBEELD = EXAMPLES.resolve("scenarios").resolve("voorbeeld.yaml");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        void noStackTrace() {
            assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error").doesNotContain("interne fout");
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs a command whose standard output never arrives, as on /dev/full: every write fails. */
    private static Run runIntoFullOutput(String... args) {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8)); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, o, e);
        }
        return new Run(code, "", err.toString());
    }

    @Test
    void standardOutputThatDoesNotArriveIsAFailure() {
        Run r = runIntoFullOutput("play", VOORBEELD.toString(), "--expert", "--json", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not all output could be written to standard output");
    }

    @Test
    void standardOutputThatDoesNotArriveIsSaidInDutchByDefault() {
        Run r = runIntoFullOutput("play", VOORBEELD.toString(), "--expert", "--json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("coachdans: niet alle uitvoer kon naar de standaarduitvoer geschreven worden").doesNotContain("not all output");
    }

    @Test
    void playRecordFollowsTheSameOverwriteRuleAsEveryOutput() throws IOException {
        Path rec = tmp.resolve("a.json");
        assertThat(run("play", VOORBEELD.toString(), "--expert", "--record", rec.toString()).code()).isZero();
        String first = Files.readString(rec);
        Run again = run("play", VOORBEELD.toString(), "--expert", "--record", rec.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("exists already; add --force");
        assertThat(Files.readString(rec)).isEqualTo(first);
        assertThat(run("play", VOORBEELD.toString(), "--expert", "--record", rec.toString(), "--force").code()).isZero();
    }

    @Test
    void forceNeverReplacesWhatIsNotARegularFile() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("full.json"), Path.of("/dev/full"));
        Path rec = tmp.resolve("a.json");
        run("play", VOORBEELD.toString(), "--expert", "--record", rec.toString());
        Run r = run("export", rec.toString(), "--xapi", link.toString(), "--force");
        r.noStackTrace();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void writingOntoAFolderOrIntoAReadOnlyPlaceIsSaidInWords() throws IOException {
        Path rec = tmp.resolve("a.json");
        assertThat(run("play", "leonie", "--expert", "--record", rec.toString()).code()).isZero();
        Path folder = Files.createDirectories(tmp.resolve("sheet.png"));
        Run png = run("replay", rec.toString(), "--png", folder.toString());
        png.noStackTrace();
        assertThat(png.code()).isEqualTo(2);
        assertThat(png.err()).contains("is a folder");

        Run play = run("play", VOORBEELD.toString(), "--expert", "--record", folder.toString(), "--force");
        play.noStackTrace();
        assertThat(play.err()).contains("is a folder");

        // A file where a folder should be: the write fails, in words.
        Path notDir = Files.writeString(tmp.resolve("plain"), "x");
        Run under = run("play", VOORBEELD.toString(), "--expert", "--record", notDir.resolve("a.json").toString(), "--lang", "en");
        under.noStackTrace();
        assertThat(under.code()).isEqualTo(2);
        assertThat(under.err()).startsWith("coachdans: cannot write");
    }

    @Test
    void aReadOnlyFolderForRealWhenNotRoot() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root may write anywhere; the folder case above covers the words").isNotEqualTo("root");
        Path rec = tmp.resolve("a.json");
        run("play", "leonie", "--expert", "--record", rec.toString());
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        assumeThat(ro.toFile().setWritable(false, false)).isTrue();
        try {
            Run r = run("replay", rec.toString(), "--png", ro.resolve("x.png").toString());
            r.noStackTrace();
            assertThat(r.err()).contains("permission denied");
        } finally {
            ro.toFile().setWritable(true, false);
        }
    }

    @Test
    void controlAndBidiCharactersInContentAreShownEscaped() throws IOException {
        Path root = tmp.resolve("content/scenarios");
        Files.createDirectories(root);
        Files.createDirectories(tmp.resolve("content/frameworks"));
        Files.copy(EXAMPLES.resolve("frameworks/mini-grow.yaml"), tmp.resolve("content/frameworks/mini-grow.yaml"));
        // YAML's own escapes put a terminal colour code and a right-to-left override into the client's name.
        String evil = java.util.regex.Matcher.quoteReplacement("\"Evil\\e[31mRed\\u202Egnp.exe\"");
        String text = Files.readString(VOORBEELD).replaceFirst("(?m)^(\\s*name: )(.*)$", "$1" + evil);
        Path sc = Files.writeString(root.resolve("voorbeeld.yaml"), text);
        Run play = run("play", sc.toString(), "--expert");
        Run validate = run("validate", sc.toString());
        for (Run r : new Run[] {play, validate}) {
            assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u202E");
        }
        assertThat(play.code()).as(play.err()).isZero();
        assertThat(play.out()).contains("\\u001B[31m").contains("\\u202E");
    }

    @Test
    void unknownModesAreRefusedAndEverySubcommandHasHelp() {
        Run cheat = run("play", VOORBEELD.toString(), "--expert", "--mode", "cheat", "--lang", "en");
        assertThat(cheat.code()).isEqualTo(2);
        assertThat(cheat.err()).contains("unknown mode ‘cheat’: use practice or exam");
        assertThat(run("play", VOORBEELD.toString(), "--expert", "--mode", "cheat").err()).contains("onbekende modus ‘cheat’: gebruik practice of exam");
        for (String sub : new String[] {"new", "check", "export"}) {
            Run help = run("assignment", sub, "--help");
            assertThat(help.code()).as(sub).isZero();
            assertThat(help.out()).as(sub).contains("Usage:");
        }
    }

    @Test
    void aChoiceThatNeedsItselfFailsValidation() throws IOException {
        String text = Files.readString(VOORBEELD).replaceFirst("(?m)^(\\s*)- id: mail-tips$", "$1- id: mail-tips\n$1  when: \"chosen(mail-tips)\"");
        assumeThat(text).contains("chosen(mail-tips)");
        Path sc = Files.writeString(Files.createDirectories(tmp.resolve("c/scenarios")).resolve("voorbeeld.yaml"), text);
        Files.createDirectories(tmp.resolve("c/frameworks"));
        Files.copy(EXAMPLES.resolve("frameworks/mini-grow.yaml"), tmp.resolve("c/frameworks/mini-grow.yaml"));
        Run r = run("validate", sc.toString());
        assertThat(r.out()).contains("CD0244 never-offered");
    }

    @Test
    void reportNamesTheContentThatJudgedEachRecordAndShowsNamesSafely() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("class"));
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("scenarios"));
        Files.createDirectories(content.resolve("frameworks"));
        Files.copy(VOORBEELD, content.resolve("scenarios/voorbeeld.yaml"));
        Files.copy(EXAMPLES.resolve("frameworks/mini-grow.yaml"), content.resolve("frameworks/mini-grow.yaml"));
        run("play", VOORBEELD.toString(), "--expert", "--record", dir.resolve("a\nb.json").toString());
        Run r = run("report", dir.toString(), "--content", content.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("judged by: the content built into Coachdans, except voorbeeld from the folder")
                .contains("a\\u000Ab.json").contains("judged by content from the folder");
    }

    @Test
    void aFullDiskIsAFailureThatKeepsTheOldFileAndSaysSo() throws IOException {
        var config = com.google.common.jimfs.Configuration.unix().toBuilder().setMaxSize(64 * 1024).setBlockSize(4096).build();
        try (var fs = com.google.common.jimfs.Jimfs.newFileSystem(config)) {
            Path out = fs.getPath("/out.json");
            nl.coachdans.words.WordBook en = nl.coachdans.words.WordBook.load("trainer", nl.coachdans.scenario.Language.EN);
            OutputFiles.write(out, "old".getBytes(StandardCharsets.UTF_8), false, en);
            UserError e = org.assertj.core.api.Assertions.catchThrowableOfType(UserError.class,
                    () -> OutputFiles.write(out, new byte[256 * 1024], true, en));
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.getMessage()).isEqualTo("cannot write /out.json: the disk is full; nothing was written and the old file is kept");
            assertThat(Files.readString(out)).isEqualTo("old");
        }
    }

    @Test
    void assignmentExportBundlesEachValidSessionOnceAndSkipsLeftovers() throws IOException {
        Path records = Files.createDirectories(tmp.resolve("records"));
        Path a = tmp.resolve("opdracht.yaml");
        assertThat(run("assignment", "new", "--title", "Proef", "--scenario", "leonie", "--out", a.toString()).code()).isZero();
        String id = Files.readAllLines(a).stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3).trim();
        Path rec = records.resolve("20250101-090000-leonie-aaaa.json");
        assertThat(run("play", "leonie", "--expert", "--record", rec.toString()).code()).isZero();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(rec.toFile());
        tree.put("assignment", id);
        tree.put("trainee", "Sam");
        Files.writeString(rec, tree.toString());
        Files.copy(rec, records.resolve("." + rec.getFileName() + "4711.tmp"));   // a crash leftover of the same save
        Files.copy(rec, records.resolve("kopie.json"));                            // a copy under another name
        Path out = tmp.resolve("result.json");
        Run r = run("assignment", "export", "--assignment", a.toString(), "--records", records.toString(), "--out", out.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + out + ": 1 attempt (").contains("kopie.json");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile()).get("records")).hasSize(1);
    }

    @Test
    void aMistypedFieldIsPlacedOnItsOwnLine() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("c/scenarios"));
        Files.createDirectories(tmp.resolve("c/frameworks"));
        Files.copy(EXAMPLES.resolve("frameworks/mini-grow.yaml"), tmp.resolve("c/frameworks/mini-grow.yaml"));
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(VOORBEELD));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("version:")) at = i;
        assumeThat(at).isNotNegative();
        lines.set(at, "version: [1]");
        Path sc = Files.write(content.resolve("voorbeeld.yaml"), lines);
        Run r = run("validate", sc.toString());
        assertThat(r.out()).contains(sc + ":" + (at + 1) + ":").doesNotContain(":0:0:");
    }
}
