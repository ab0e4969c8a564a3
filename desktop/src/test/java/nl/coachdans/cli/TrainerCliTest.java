package nl.coachdans.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentReader;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's commands: assignment new/check/export, report and export --xapi, called in-process. */
@Timeout(120)
class TrainerCliTest {
    private static final Path EXAMPLES = Paths.get("..", "docs", "examples");
    private static final List<String> EXPERT = List.of("mail-afspraak", "open-doel", "doel-realiteit", "situatie-opties", "opties-wil");
    private static final List<String> POOR = List.of("mail-tips", "open-oordeel", "dicht-volhouden");
    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, o, e);
        }
        Run r = new Run(code, out.toString(), err.toString());
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error").doesNotContain("interne fout");
        return r;
    }

    private static String[] args(String... a) {
        List<String> all = new ArrayList<>(List.of(a));
        all.add("--content");
        all.add(EXAMPLES.toString());
        return all.toArray(String[]::new);
    }

    private Path newAssignment(String... extra) {
        Path file = tmp.resolve("opdracht.yaml");
        List<String> a = new ArrayList<>(List.of("assignment", "new", "--out", file.toString(), "--scenario", "voorbeeld",
                "--title", "Noor oefenen", "--trainer", "Fer", "--mode", "exam", "--attempts", "2", "--due", "2025-03-31"));
        a.addAll(List.of(extra));
        Run r = run(args(a.toArray(String[]::new)));
        assertThat(r.code()).as(r.err()).isZero();
        return file;
    }

    /** A student's attempt made the way the game makes it: through the assignment's rules. */
    private static SessionRecord attempt(Assignment a, List<SessionRecord> before, List<String> choices, String trainee, Instant at) {
        ContentReader reader = new ContentReader();
        Scenario sc = reader.readScenario(EXAMPLES.resolve("scenarios/voorbeeld.yaml")).value();
        Curriculum cu = Curriculum.of(List.of(reader.readFramework(EXAMPLES.resolve("frameworks/mini-grow.yaml")).value()));
        SessionRecord r = new AssignmentRules(a).start(sc, cu, before, "nl", 5, trainee, at);
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), null, at.plusSeconds(30L * (i + 1)));
        Transcript t = Session.replay(sc, cu, 5, choices).transcript();
        return r.summarised(t, new Scorer(cu).score(sc, t));
    }

    private static Assignment load(Path file) {
        ContentReader reader = new ContentReader();
        Scenario sc = reader.readScenario(EXAMPLES.resolve("scenarios/voorbeeld.yaml")).value();
        return new AssignmentReader(List.of(sc)).read(file).value();
    }

    private static void save(Path file, SessionRecord r) throws IOException {
        AtomicFiles.write(file, RecordReader.json().writeValueAsBytes(r));
    }

    @Test
    void newWritesATemplateThatChecksCleanAndIsNeverOverwrittenSilently() throws IOException {
        Path file = newAssignment();
        String text = Files.readString(file);
        assertThat(text).contains("mode: exam").contains("attempts: 2").contains("due: 2025-03-31").contains("scenarios: [voorbeeld]")
                .containsPattern("id: noor-oefenen-[a-z2-9]{4}");
        Run check = run(args("assignment", "check", file.toString(), "--lang", "en"));
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("Noor oefenen").contains("passed when: finished, mini-grow.steps >= competent");

        Run again = run(args("assignment", "new", "--out", file.toString(), "--scenario", "voorbeeld", "--lang", "en"));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("coachdans: " + file + " exists already; add --force to replace it" + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo(text);
        assertThat(run(args("assignment", "new", "--out", file.toString(), "--scenario", "voorbeeld", "--force")).code()).isZero();
    }

    @Test
    void newWithoutOutPrintsTheTemplateForABuiltInScenario() {
        Run r = run("assignment", "new");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# Coachdans-opdracht / Coachdans assignment").contains("format: 1");
    }

    @Test
    void unknownScenarioOrModeIsAOneLineMessage() {
        Run r = run(args("assignment", "new", "--scenario", "leoni", "--lang", "en"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("coachdans: unknown scenario ‘leoni’; the scenarios known here are: anna, docent, grow, johan, leonie, voorbeeld");
        assertThat(run(args("assignment", "new", "--mode", "toets", "--lang", "en")).err()).contains("unknown mode ‘toets’: use practice or exam");
        assertThat(run("assignment", "--lang", "en").err()).isEqualTo("coachdans: say what to do: ‘coachdans assignment new’, ‘check FILE’ or ‘export’ (see ‘coachdans assignment --help’)" + System.lineSeparator());
        assertThat(run("assignment").err()).startsWith("coachdans: zeg wat je wilt doen: ‘coachdans assignment new’").doesNotContain("say what");
        assertThat(run("client").err()).startsWith("coachdans: zeg wat je wilt doen: ‘coachdans client new ID’");
        assertThat(run("client", "--lang", "en").err()).startsWith("coachdans: say what to do: ‘coachdans client new ID’");
    }

    @Test
    void checkListsEveryProblemWithFileLineAndColumn() throws IOException {
        Path file = newAssignment();
        String text = Files.readString(file).replace("mode: exam", "mode: toets").replace("scenarios: [voorbeeld]", "scenarios: [voorbeeld, leoni]");
        Files.writeString(file, text);
        Run r = run(args("assignment", "check", file.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(file + ":").contains(": error CD0509 unknown-scenario: unknown scenario 'leoni'; the scenarios known here are: anna, docent, grow, johan, leonie, voorbeeld")
                .contains(": error CD0512 mode-invalid: mode 'toets' is not allowed; use practice or exam (mode)");
        Files.writeString(file, text.replace("format: 1", "format: 3"));
        assertThat(run(args("assignment", "check", file.toString())).err()).contains("CD0501 newer-assignment");
        assertThat(run(args("assignment", "check", tmp.resolve("none.yaml").toString())).code()).isEqualTo(2);
    }

    @Test
    void exportCollectsTheAttemptsIntoOneResultAndTheReportJudgesThem() throws IOException {
        Assignment a = load(newAssignment());
        Path records = tmp.resolve("records");
        SessionRecord first = attempt(a, List.of(), POOR, "Sam", T0);
        SessionRecord second = attempt(a, List.of(first), EXPERT, "Sam", T0.plusSeconds(600));
        save(records.resolve("1.json"), first);
        save(records.resolve("2.json"), second);
        save(records.resolve("other.json"), attempt(new Assignment(1, "x", "X", "F", List.of("voorbeeld"), a.mode(), null, null, null),
                List.of(), EXPERT, "Sam", T0));
        Path result = tmp.resolve("inbox/sam.json");

        Run export = run(args("assignment", "export", "--assignment", tmp.resolve("opdracht.yaml").toString(), "--records", records.toString(),
                "--out", result.toString(), "--lang", "en"));
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.out()).contains("wrote " + result + ": 2 attempts (2 finished) at \"Noor oefenen\" by Sam; hand this file to Fer");
        Run dutch = run(args("assignment", "export", "--assignment", tmp.resolve("opdracht.yaml").toString(), "--records", records.toString(),
                "--out", result.toString(), "--force"));
        assertThat(dutch.out()).contains(result + " geschreven: 2 pogingen (2 afgerond) bij \"Noor oefenen\" van Sam; geef dit bestand aan Fer");
        JsonNode res = JSON.readTree(result.toFile());
        assertThat(res.get("records")).hasSize(2);
        assertThat(res.get("assignment").get("id").asText()).isEqualTo(a.id());

        Run again = run(args("assignment", "export", "--assignment", tmp.resolve("opdracht.yaml").toString(), "--records", records.toString(),
                "--out", result.toString()));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("exists already; add --force");

        Files.writeString(tmp.resolve("inbox/notes.txt"), "bring coffee");
        Run report = run(args("report", tmp.resolve("inbox").toString(), "--json", "--assignment", tmp.resolve("opdracht.yaml").toString()));
        assertThat(report.code()).as(report.err()).isZero();
        JsonNode json = report.json();
        assertThat(json.fieldNames().next()).isEqualTo("records");
        assertThat(json.get("records")).hasSize(3);
        assertThat(json.get("records").get(0).get("file").asText()).isEqualTo("notes.txt");
        assertThat(json.get("records").get(0).get("status").asText()).isEqualTo("corrupt");
        assertThat(json.get("records").get(1).get("status").asText()).isEqualTo("ok");
        assertThat(json.get("students").get(0).get("name").asText()).isEqualTo("Sam");
        assertThat(json.get("students").get(0).get("passed").asBoolean()).isTrue();
    }

    @Test
    void exportWithNoRecordsForTheAssignmentSaysSo() throws IOException {
        Path file = newAssignment();
        Files.createDirectories(tmp.resolve("records"));
        Run r = run(args("assignment", "export", "--assignment", file.toString(), "--records", tmp.resolve("records").toString(),
                "--out", tmp.resolve("r.json").toString(), "--lang", "en"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no records for assignment").contains("start the assignment in the game first");
        assertThat(tmp.resolve("r.json")).doesNotExist();
    }

    @Test
    void reportAccountsForEveryFileAndWritesOneSelfContainedHtmlFile() throws IOException {
        Path dir = tmp.resolve("class");
        Run play = run("play", EXAMPLES.resolve("scenarios/voorbeeld.yaml").toString(), "--expert", "--record", dir.resolve("a.json").toString());
        assertThat(play.code()).isZero();
        Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/other.json"), "{\"format\": 1, \"id\": \"o-1\", \"version\": 1, \"scenario\": \"verdwenen\", \"choices\": [{\"choice\": \"x\"}]}");
        Path html = tmp.resolve("report.html");

        Run text = run(args("report", dir.toString(), "--html", html.toString(), "--lang", "en"));
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("class report: 3 files, 3 sessions: ok 1, altered 0, stale 1, corrupt 1; 1 counted, 2 students")
                .contains("broken.json: corrupt, not counted: not a Coachdans record or result: not valid JSON")
                .contains("sub/other.json: stale, not counted: scenario ‘verdwenen’ is not available here")
                .contains("no assignment given: pass/fail is not judged").contains("students:").contains("1 attempt, ending best; mini-grow.steps=competent")
                .contains("wrote " + html);
        Run nl = run(args("report", dir.toString()));
        assertThat(nl.out()).startsWith("klasrapport: 3 bestanden, 3 sessies: in orde 1, gewijzigd 0, verouderd 1, onleesbaar 1; 1 meegeteld, 2 studenten")
                .contains("broken.json: onleesbaar, telt niet mee: geen opname of resultaat van Coachdans: ")
                .contains("sub/other.json: verouderd, telt niet mee: scenario ‘verdwenen’ is hier niet beschikbaar, dus de opname kan niet worden afgespeeld")
                .doesNotContain("not available").contains("geen opdracht opgegeven").contains("studenten:")
                .contains("1 poging, einde best; mini-grow.steps=bekwaam").contains("studiemarkeringen: 0 (herken 0, verbaast 0, ergert 0)")
                .doesNotContain("students:").doesNotContain("not counted,").doesNotContain("attempt");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").contains("<svg").doesNotContain("<script")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(run(args("report", dir.toString(), "--html", html.toString())).err()).contains("exists already; add --force");
        assertThat(run(args("report", dir.toString(), "--html", html.toString(), "--force")).code()).isZero();
        assertThat(Files.readString(html)).contains("<html lang=\"nl\">");
    }

    @Test
    void reportOfAMissingFolderOrWithABadLanguageIsAUserError() {
        Run r = run("report", tmp.resolve("nope").toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("coachdans: " + tmp.resolve("nope") + ": no such folder" + System.lineSeparator());
        assertThat(run("report", tmp.toString(), "--lang", "fr").err()).contains("onbekende taal ‘fr’: gebruik nl of en / unknown language ‘fr’: use nl or en");
    }

    @Test
    void xapiExportWritesStatementsAndSaysWhatItSkipped() throws IOException {
        Path dir = tmp.resolve("class");
        run("play", EXAMPLES.resolve("scenarios/voorbeeld.yaml").toString(), "--expert", "--record", dir.resolve("a.json").toString());
        Files.writeString(dir.resolve("junk.json"), "[]");
        Path out = tmp.resolve("xapi.json");
        Run r = run(args("export", dir.toString(), "--xapi", out.toString(), "--home-page", "https://lms.example.org", "--lang", "en"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("skipped junk.json (corrupt)").contains("wrote " + out + ": 6 statements for 1 session; 1 skipped");
        JsonNode all = JSON.readTree(out.toFile());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(6);
        assertThat(all.get(5).get("verb").get("id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(run(args("export", dir.toString(), "--xapi", out.toString())).err()).contains("exists already; add --force");
        assertThat(run(args("export", dir.toString(), "--xapi", tmp.resolve("y.json").toString(), "--home-page", "lms", "--lang", "en")).err())
                .contains("--home-page 'lms' is not an absolute address");
    }
}
