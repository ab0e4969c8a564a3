package nl.coachdans.classreport;

import nl.coachdans.scoring.Axis;
import nl.coachdans.files.Explanation;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.sessions.ClassGenerator;
import nl.coachdans.sessions.ReportFixtures;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.HALF;
import static nl.coachdans.sessions.ReportFixtures.LIST;
import static nl.coachdans.sessions.ReportFixtures.MIXED;
import static nl.coachdans.sessions.ReportFixtures.POOR;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.ratings;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The class report: every file accounted for, scores recomputed, pass/fail, risks, calibration, marks. */
class ClassReportTest {
    private static final Path GOLDEN = Paths.get("src/test/resources/report/class-30.html");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path dir;

    private final Assignment assignment = ReportFixtures.assignment(Mode.EXAM, 2);

    private Path write(String name, SessionRecord r) throws IOException {
        Path f = dir.resolve(name);
        AtomicFiles.write(f, RecordReader.json().writeValueAsBytes(r));
        return f;
    }

    private ClassReport report(Assignment a) throws IOException {
        return ClassReport.build(dir, ReportFixtures.source(), a);
    }

    private static ClassReport.FileEntry entry(ClassReport r, String file) {
        return r.records().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void everyFileGetsOneOfTheFourStatuses() throws IOException {
        write("ok.json", record("ok", EXPERT, "Ans", Mode.EXAM, assignment.id(), T0));
        Path altered = write("sub/altered.json", record("alt", POOR, "Bo", Mode.EXAM, assignment.id(), T0));
        ObjectNode tree = (ObjectNode) RecordReader.json().readTree(altered.toFile());
        ((ObjectNode) tree.get("summary").get("bands")).put("mini-grow.steps", "bekwaam");
        Files.write(altered, RecordReader.json().writeValueAsBytes(tree));
        // Made on earlier content of voorbeeld (same version number) whose second choice no longer exists.
        Path stale = write("stale.json", record("stale", EXPERT, "Cas", Mode.EXAM, assignment.id(), T0));
        ObjectNode old = (ObjectNode) RecordReader.json().readTree(stale.toFile());
        old.put("version", 1);
        old.put("contentHash", "sha256:old");
        ((ObjectNode) old.get("choices").get(1)).put("choice", "oude-keuze");
        Files.write(stale, RecordReader.json().writeValueAsBytes(old));
        Fixtures.write(dir.resolve("sub/deeper/corrupt.json"), "x");
        Files.writeString(dir.resolve("notes.txt"), "hello");

        ClassReport r = report(null);
        assertThat(r.records()).extracting(ClassReport.FileEntry::file)
                .containsExactly("notes.txt", "ok.json", "stale.json", "sub/altered.json", "sub/deeper/corrupt.json");
        assertThat(entry(r, "ok.json").status()).isEqualTo(RecordStatus.OK);
        assertThat(entry(r, "ok.json").message()).isNull();
        assertThat(entry(r, "stale.json").status()).isEqualTo(RecordStatus.STALE);
        assertThat(entry(r, "stale.json").explanation()).isEqualTo(Explanation.of(Explanation.Why.OTHER_CONTENT, "voorbeeld", 1,
                "unknown choice 'oude-keuze' at node 'open'; possible here: open-doel, open-oordeel, open-opties"));
        // JSON keeps its English "message" and carries the stable codes beside it.
        com.fasterxml.jackson.databind.JsonNode json = nl.coachdans.sessions.RecordReader.json().valueToTree(entry(r, "stale.json"));
        assertThat(json.path("message").asText()).startsWith("made on other content of scenario ‘voorbeeld’ (also version 1)");
        assertThat(json.path("why").toString()).isEqualTo("[\"other-content\"]");
        assertThat(entry(r, "sub/altered.json").status()).isEqualTo(RecordStatus.ALTERED);
        assertThat(entry(r, "sub/altered.json").message()).contains("does not match the recomputed result");
        assertThat(entry(r, "sub/deeper/corrupt.json").status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(entry(r, "notes.txt").status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(entry(r, "notes.txt").message()).startsWith("not a Coachdans record or result");
        assertThat(r.totals()).isEqualTo(new ClassReport.Totals(5, 5, 1, 1, 1, 2, 2, 3));
        assertThat(entry(r, "stale.json").counted()).isFalse();
        // The altered record counts with its recomputed bands, not the forged one.
        ClassReport.ScenarioOutcome bo = r.students().stream().filter(s -> s.name().equals("Bo")).findFirst().orElseThrow().scenarios().get(0);
        assertThat(bo.bands().get(Axis.steps("mini-grow")).code()).isEqualTo("nog-niet");
    }

    @Test
    void recordsInResultFilesAreListedOneByOneAndBrokenOnesDoNotHideTheRest() throws IOException {
        AssignmentResult res = AssignmentResults.of(assignment, List.of(record("a", EXPERT, "Ans", Mode.EXAM, assignment.id(), T0),
                record("b", POOR, "Ans", Mode.EXAM, assignment.id(), T0.plusSeconds(60))), "Ans", T0);
        ObjectNode tree = RecordReader.json().valueToTree(res);
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("records")).add("not a record");
        ((ObjectNode) tree.get("records").get(1)).put("seed", "many");
        Files.createDirectories(dir);
        Files.write(dir.resolve("ans.json"), RecordReader.json().writeValueAsBytes(tree));
        AssignmentResults.write(dir.resolve("empty.json"), AssignmentResults.of(assignment, List.of(), "Kim", T0), false);

        ClassReport r = report(assignment);
        assertThat(r.records()).extracting(f -> f.file() + "#" + f.item() + " " + f.status().code()).containsExactly(
                "ans.json#1 ok", "ans.json#2 corrupt", "ans.json#3 corrupt", "empty.json#null ok");
        assertThat(r.records().get(3).message()).isEqualTo("a result file with no session records");
        assertThat(r.students()).extracting(ClassReport.Student::name).containsExactly("Ans", "Kim");
        assertThat(r.students().get(1).scenarios().get(0).attempts()).isZero();
        assertThat(r.students().get(1).passed()).isFalse();
    }

    @Test
    void passFailPerStudentAndScenarioUsesTheBestAttemptWithinTheLimit() throws IOException {
        String id = assignment.id();
        write("ans-1.json", record("ans1", POOR, "Ans", Mode.EXAM, id, T0));
        write("ans-2.json", record("ans2", EXPERT, "Ans", Mode.EXAM, id, T0.plusSeconds(60)));
        write("bo-1.json", record("bo1", POOR, "Bo", Mode.EXAM, id, T0));
        write("bo-2.json", record("bo2", HALF, "Bo", Mode.EXAM, id, T0.plusSeconds(60)));
        write("bo-3.json", record("bo3", EXPERT, "Bo", Mode.EXAM, id, T0.plusSeconds(120)));
        write("cas.json", record("cas", EXPERT, "Cas", Mode.PRACTICE, id, T0));
        write("cas-self-study.json", record("cas2", EXPERT, "Cas", Mode.PRACTICE, null, T0));
        write("dirk.json", record("dirk", EXPERT, "Dirk", Mode.EXAM, id, java.time.Instant.parse("2025-04-02T10:00:00Z")));

        ClassReport r = report(assignment);
        Map<String, ClassReport.Student> byName = new java.util.HashMap<>();
        r.students().forEach(s -> byName.put(s.name(), s));
        assertThat(byName.get("Ans").passed()).isTrue();
        assertThat(byName.get("Ans").scenarios().get(0).record()).isEqualTo(java.util.UUID.nameUUIDFromBytes("ans2".getBytes()).toString());
        // Bo's third attempt is over the limit of two: it does not count, so Bo has not passed.
        assertThat(byName.get("Bo").passed()).isFalse();
        assertThat(byName.get("Bo").scenarios().get(0).attempts()).isEqualTo(2);
        assertThat(entry(r, "bo-3.json").counted()).isFalse();
        assertThat(entry(r, "bo-3.json").message()).isEqualTo("attempt 3 while the assignment allows 2; not counted");
        // Cas played in practice mode: judged and failed for the mode.
        ClassReport.ScenarioOutcome cas = byName.get("Cas").scenarios().get(0);
        assertThat(cas.passed()).isFalse();
        assertThat(cas.failures()).extracting(AssignmentRules.Check::message).containsExactly("played in practice mode; this assignment asks for exam mode");
        assertThat(entry(r, "cas-self-study.json").counted()).isFalse();
        assertThat(entry(r, "cas-self-study.json").explanation()).isEqualTo(Explanation.of(Explanation.Why.NOT_FOR_ASSIGNMENT, "noor-oefenen-ab12"));
        // Late is shown, not punished.
        assertThat(byName.get("Dirk").passed()).isTrue();
        assertThat(byName.get("Dirk").scenarios().get(0).late()).isTrue();
        assertThat(entry(r, "dirk.json").message()).isEqualTo("started after the due date 2025-03-31");
    }

    @Test
    void theSameSessionInTwoFilesCountsOnce() throws IOException {
        SessionRecord rec = record("a", POOR, "Ans", Mode.EXAM, assignment.id(), T0);
        write("loose.json", rec);
        AssignmentResults.write(dir.resolve("result.json"), AssignmentResults.of(assignment, List.of(rec), "Ans", T0), false);
        ClassReport r = report(assignment);
        assertThat(entry(r, "result.json").counted()).isFalse();
        assertThat(entry(r, "result.json").message()).isEqualTo("the same session as loose.json; counted once");
        assertThat(r.risks()).extracting(ClassReport.RiskTally::count).containsExactly(1, 1);
    }

    @Test
    void aResultForAnotherAssignmentIsNamedAndItsRecordsDoNotCount() throws IOException {
        Assignment other = new Assignment(1, "ander-opdracht-0000", "Andere opdracht", "Fer", List.of("voorbeeld"), Mode.EXAM, 1, null, null);
        AssignmentResults.write(dir.resolve("r.json"), AssignmentResults.of(other,
                List.of(record("a", EXPERT, "Ans", Mode.EXAM, other.id(), T0)), "Ans", T0), false);
        ClassReport r = report(assignment);
        assertThat(r.records().get(0).counted()).isFalse();
        assertThat(r.records().get(0).explanation()).isEqualTo(Explanation.join(
                Explanation.of(Explanation.Why.OTHER_ASSIGNMENT, "ander-opdracht-0000", "Andere opdracht", "noor-oefenen-ab12", "Noor oefenen"),
                Explanation.of(Explanation.Why.FOR_OTHER_ASSIGNMENT, "ander-opdracht-0000", "noor-oefenen-ab12")));
    }

    @Test
    void risksAreCountedPerDecision() throws IOException {
        write("a.json", record("a", POOR, "Ans", Mode.EXAM, null, T0));
        write("b.json", record("b", MIXED, "Bo", Mode.EXAM, null, T0));
        write("c.json", record("c", LIST, "Bo", Mode.EXAM, null, T0.plusSeconds(60)));
        ClassReport r = report(null);
        assertThat(r.risks()).hasSize(2);
        ClassReport.RiskTally early = r.risks().get(0);
        assertThat(early.risk()).isEqualTo("oplossing-te-vroeg");
        assertThat(early.count()).isEqualTo(6);
        assertThat(early.sessions()).isEqualTo(3);
        assertThat(early.students()).isEqualTo(2);
        assertThat(early.name().nl()).isEqualTo("Oplossing te vroeg");
        assertThat(early.at()).extracting(d -> d.node() + ">" + d.choice() + "=" + d.count()).containsExactly(
                "situatie>situatie-lijst=2", "doel>doel-advies=1", "mail>mail-tips=1", "open>open-opties=1", "opties>opties-wil=1");
        ClassReport.RiskTally judgement = r.risks().get(1);
        assertThat(judgement.risk()).isEqualTo("oordeel");
        assertThat(judgement.severity()).isEqualTo(nl.coachdans.scenario.Severity.CRITICAL);
        assertThat(judgement.at()).extracting(ClassReport.Decision::node, ClassReport.Decision::choice, ClassReport.Decision::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("open", "open-oordeel", 1));
        assertThat(judgement.at().get(0).choiceText().nl()).isEqualTo("Misschien moet je ook gewoon beter leren nee zeggen.");
    }

    @Test
    void calibrationCountsUnderAccurateAndOverPerStudentAndAxis() throws IOException {
        // EXPERT: every band bekwaam. POOR: every band nog-niet. LIST: steps in-ontwikkeling, risks nog-niet, ending bekwaam.
        write("a1.json", record("a1", EXPERT, "Ans", Mode.EXAM, null, T0).withReflection(ratings(
                "mini-grow.steps", "bekwaam", "mini-grow.risks", "in-ontwikkeling", "ending", "bekwaam", "dance", "nog-niet"), null));
        write("a2.json", record("a2", POOR, "Ans", Mode.EXAM, null, T0).withReflection(ratings(
                "mini-grow.steps", "bekwaam", "mini-grow.risks", "nog-niet", "ending", "in-ontwikkeling", "foo", "bekwaam", "dance", "goed"), null));
        write("b1.json", record("b1", LIST, "Bo", Mode.EXAM, null, T0).withReflection(ratings(
                "mini-grow.steps", "in-ontwikkeling", "mini-grow.risks", "bekwaam", "ending", "nog-niet"), null));
        write("c1.json", record("c1", EXPERT, "Cas", Mode.EXAM, null, T0));
        ClassReport r = report(null);

        assertThat(r.calibration()).extracting(ClassReport.Calibration::student).containsExactly("Ans", "Bo");
        ClassReport.Calibration ans = r.calibration().get(0);
        assertThat(ans.keys()).containsExactly(
                new ClassReport.CalibrationCount(Axis.DANCE, 1, 0, 0),
                new ClassReport.CalibrationCount(Axis.ENDING, 0, 1, 1),
                new ClassReport.CalibrationCount(Axis.risks("mini-grow"), 1, 1, 0),
                new ClassReport.CalibrationCount(Axis.steps("mini-grow"), 0, 1, 1));
        assertThat(ans.total()).isEqualTo(new ClassReport.CalibrationCount(null, 2, 3, 2));
        ClassReport.Calibration bo = r.calibration().get(1);
        assertThat(bo.total()).isEqualTo(new ClassReport.CalibrationCount(null, 1, 1, 1));
        assertThat(r.calibrationTotals()).containsExactly(
                new ClassReport.CalibrationCount(Axis.DANCE, 1, 0, 0),
                new ClassReport.CalibrationCount(Axis.ENDING, 1, 1, 1),
                new ClassReport.CalibrationCount(Axis.risks("mini-grow"), 1, 1, 1),
                new ClassReport.CalibrationCount(Axis.steps("mini-grow"), 0, 2, 1));
        // In JSON an axis is its key, and a student's sum is "total", as they always were.
        JsonNode json = RecordReader.json().valueToTree(r);
        assertThat(json.get("calibration").get(0).toString()).isEqualTo("{\"student\":\"Ans\",\"keys\":["
                + "{\"key\":\"dance\",\"under\":1,\"accurate\":0,\"over\":0},{\"key\":\"ending\",\"under\":0,\"accurate\":1,\"over\":1},"
                + "{\"key\":\"mini-grow.risks\",\"under\":1,\"accurate\":1,\"over\":0},{\"key\":\"mini-grow.steps\",\"under\":0,\"accurate\":1,\"over\":1}],"
                + "\"total\":{\"key\":\"total\",\"under\":2,\"accurate\":3,\"over\":2}}");
        assertThat(json.get("bands").get(0).toString())
                .isEqualTo("{\"scenario\":\"voorbeeld\",\"key\":\"mini-grow.steps\",\"nogNiet\":0,\"inOntwikkeling\":1,\"bekwaam\":2}");
    }

    @Test
    void annotationsAreListedPerTurnWithTheDecision() throws IOException {
        write("a.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0).withStudy(List.of(
                new Annotation(2, Annotation.Reaction.HERKEN, "Doelvraag!"), new Annotation(1, Annotation.Reaction.ERGERT, null)), null));
        write("b.json", record("b", EXPERT, "Bo", Mode.EXAM, null, T0).withStudy(List.of(
                new Annotation(2, Annotation.Reaction.VERBAAST, "Zo snel al?"), new Annotation(9, Annotation.Reaction.HERKEN, "?")), null));
        ClassReport r = report(null);
        assertThat(r.annotations()).extracting(a -> a.turn() + " " + a.node() + ">" + a.choice() + " " + a.student() + " " + a.reaction() + " " + a.note())
                .containsExactly("1 mail>mail-afspraak Ans ERGERT null", "2 open>open-doel Ans HERKEN Doelvraag!",
                        "2 open>open-doel Bo VERBAAST Zo snel al?", "9 null>null Bo HERKEN ?");
        assertThat(r.annotationTallies()).extracting(t -> t.node() + ">" + t.choice() + " " + t.herken() + "/" + t.verbaast() + "/" + t.ergert())
                .containsExactly("mail>mail-afspraak 0/0/1", "open>open-doel 1/1/0");
    }

    @Test
    void jsonHasTheRecordsListFirstWithStatusAndMessageOnlyWhenThereIsOne() throws IOException {
        write("ok.json", record("ok", EXPERT, "Ans", Mode.EXAM, null, T0));
        Files.writeString(dir.resolve("bad.json"), "[]");
        JsonNode json = RecordReader.json().valueToTree(report(null));
        assertThat(json.fieldNames().next()).isEqualTo("records");
        assertThat(json.get("records").get(0).get("file").asText()).isEqualTo("bad.json");
        assertThat(json.get("records").get(0).get("status").asText()).isEqualTo("corrupt");
        assertThat(json.get("records").get(0).get("message").asText()).isEqualTo("not a Coachdans record or result (no JSON object)");
        assertThat(json.get("records").get(1).get("status").asText()).isEqualTo("ok");
        assertThat(json.get("records").get(1).has("message")).isFalse();
        assertThat(json.has("students")).isTrue();
        assertThat(json.has("risks")).isTrue();
        assertThat(json.has("calibration")).isTrue();
    }

    @Test
    void htmlEscapesEverythingUsersWroteAndNeedsNoNetwork() throws IOException {
        write("x.json", record("x", POOR, "<img src=x onerror=alert(1)>", Mode.EXAM, null, T0)
                .withStudy(List.of(new Annotation(1, Annotation.Reaction.ERGERT, "</td><script>alert('hi')</script>")), null));
        Files.writeString(dir.resolve("<b>.json"), "oops");
        String html = ClassReportHtml.render(report(null), Language.EN);
        assertThat(html).doesNotContain("<img").doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;/td&gt;&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;")
                .contains("&lt;b&gt;.json");
        assertSelfContained(html);
        assertThat(html).contains("<html lang=\"en\">").contains("Class report");
        assertThat(ClassReportHtml.render(report(null), Language.NL)).contains("<html lang=\"nl\">").contains("Klasrapport");
    }

    static void assertSelfContained(String html) {
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
                .doesNotContainPattern("<[a-zA-Z][^>]*\\ssrc\\s*=").doesNotContain("<link").doesNotContain("@import").doesNotContain("url(").doesNotContain("@font-face");
    }

    @Test
    void goldenReportOfAGeneratedClassOfThirty() throws IOException {
        ClassGenerator.write(dir, assignment, 30, 2025);
        ClassReport r = report(assignment);
        assertThat(r.totals().students()).isEqualTo(30); // the stale record is one of Bram's own
        assertThat(r.totals().altered()).isPositive();
        assertThat(r.totals().stale()).isEqualTo(1);
        assertThat(r.totals().corrupt()).isEqualTo(3);
        assertThat(r.students().stream().filter(s -> Boolean.TRUE.equals(s.passed())).count()).isBetween(5L, 25L);
        String html = ClassReportHtml.render(r, Language.NL);
        assertSelfContained(html);
        if (UPDATE) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
        }
        if (!Files.exists(GOLDEN)) fail("no golden report " + GOLDEN + "; run the tests with -Dgolden.update=true and review it");
        assertThat(html).as("the report of the generated class; if the change is intended, regenerate with -Dgolden.update=true and review the diff")
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void theSameFolderGivesTheSameReport() throws IOException {
        ClassGenerator.write(dir, assignment, 12, 7);
        assertThat(ClassReportHtml.render(report(assignment), Language.EN)).isEqualTo(ClassReportHtml.render(report(assignment), Language.EN));
        assertThat(RecordReader.json().writeValueAsString(report(assignment))).isEqualTo(RecordReader.json().writeValueAsString(report(assignment)));
    }
}
