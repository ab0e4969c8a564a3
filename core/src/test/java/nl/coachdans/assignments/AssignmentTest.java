package nl.coachdans.assignments;

import nl.coachdans.scoring.Axis;
import nl.coachdans.files.Explanation;
import nl.coachdans.sessions.ReportFixtures;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.sessions.Summary;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.ReadResult;
import nl.coachdans.scoring.Band;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static nl.coachdans.sessions.ReportFixtures.CURRICULUM;
import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.HALF;
import static nl.coachdans.sessions.ReportFixtures.LIST;
import static nl.coachdans.sessions.ReportFixtures.POOR;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.VOORBEELD;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assignment files (loading and its messages) and the rules they set: mode, attempts, pass/fail. */
class AssignmentTest {
    @TempDir
    Path tmp;

    private final AssignmentReader reader = new AssignmentReader(List.of(VOORBEELD));

    private String template() {
        return AssignmentTemplate.yaml("noor-oefenen-ab12", "Noor \"oefenen\"", "Fer", List.of(VOORBEELD), List.of("voorbeeld"),
                Mode.EXAM, 2, LocalDate.parse("2025-03-31"));
    }

    private ReadResult<Assignment> read(String name, String text) {
        return reader.read(Fixtures.write(tmp.resolve(name), text));
    }

    /** Each finding as {@code file:line:column: CODE [args] (place)}: what the reader found, in no language. */
    private static List<String> messages(ReadResult<?> r) {
        return r.findings().stream().map(f -> f.file() + ":" + f.line() + ":" + f.column() + ": " + f.code().id() + " " + f.args()
                + (f.where() == null ? "" : " (" + f.where().id() + ")")).toList();
    }

    // --- the file ---

    @Test
    void templateLoadsCleanlyWithWhatItSays() {
        ReadResult<Assignment> r = read("a.yaml", template());
        assertThat(r.findings()).isEmpty();
        Assignment a = r.value();
        assertThat(a.id()).isEqualTo("noor-oefenen-ab12");
        assertThat(a.title()).isEqualTo("Noor \"oefenen\"");
        assertThat(a.trainer()).isEqualTo("Fer");
        assertThat(a.scenarios()).containsExactly("voorbeeld");
        assertThat(a.mode()).isEqualTo(Mode.EXAM);
        assertThat(a.attempts()).isEqualTo(2);
        assertThat(a.due()).isEqualTo(LocalDate.parse("2025-03-31"));
        assertThat(a.pass().bands()).containsExactly(Map.entry(Axis.steps("mini-grow"), Band.BEKWAAM),
                Map.entry(Axis.risks("mini-grow"), Band.IN_ONTWIKKELING), Map.entry(Axis.ENDING, Band.IN_ONTWIKKELING));
        assertThat(a.pass().noCriticalRisk()).isTrue();
        assertThat(template()).contains("# Titel die studenten zien / Title students see");
    }

    @Test
    void jsonAssignmentLoadsToo() {
        String json = "{\"format\": 1, \"id\": \"x1\", \"title\": \"T\", \"trainer\": \"F\", \"scenarios\": [\"voorbeeld\"],"
                + " \"mode\": \"practice\", \"pass\": {\"bands\": {\"ending\": \"bekwaam\"}}}";
        ReadResult<Assignment> r = read("a.json", json);
        assertThat(r.findings()).isEmpty();
        assertThat(r.value().attempts()).isNull();
        assertThat(r.value().pass().noCriticalRisk()).isFalse();
    }

    @Test
    void newIdsAreSlugsWithAShortRandomPart() {
        String id = AssignmentTemplate.newId("Léonie: oefenen!", new SplittableRandom(1));
        assertThat(id).matches("leonie-oefenen-[a-z2-9]{4}");
        assertThat(AssignmentReader.ID.matcher(id).matches()).isTrue();
        assertThat(AssignmentTemplate.newId("", new SplittableRandom(1))).startsWith("opdracht-");
    }

    @Test
    void unknownScenarioIsNamedWithTheKnownIdsAndItsPlace() {
        String text = Fixtures.replaceOnce(template(), "scenarios: [voorbeeld]", "scenarios: [voorbeeld, leoni]");
        ReadResult<Assignment> r = read("a.yaml", text);
        assertThat(r.value()).isNull();
        int line = Fixtures.lineOf(text, "scenarios: [voorbeeld, leoni]");
        assertThat(messages(r)).containsExactly(tmp.resolve("a.yaml") + ":" + line + ":" + (Fixtures.columnOf(text, "leoni") )
                + ": CD0509 [leoni, [voorbeeld]] (scenarios.1)");
    }

    @Test
    void badValuesGetOneMessageEachWithLineAndColumn() {
        String text = template();
        text = Fixtures.replaceOnce(text, "mode: exam", "mode: examen");
        text = Fixtures.replaceOnce(text, "    ending: in-ontwikkeling", "    ending: goed\n    foo.steps: bekwaam");
        text = Fixtures.replaceOnce(text, "due: 2025-03-31", "due: 31 maart");
        text = Fixtures.replaceOnce(text, "attempts: 2", "attempts: 0\ncolour: red");
        ReadResult<Assignment> r = read("a.yaml", text);
        assertThat(r.value()).isNull();
        assertThat(messages(r)).containsExactly(
                at(text, "mode: examen") + "CD0512 [examen] (mode)",
                at(text, "attempts: 0") + "CD0513 [] (attempts)",
                at(text, "colour: red") + "CD0119 [colour, part.assignment-file, docs/trainers.md] (colour)",
                at(text, "    ending: goed", 5) + "CD0514 [goed] (pass.bands.ending)",
                at(text, "    foo.steps", 5) + "CD0515 [foo.steps, [dance, ending, mini-grow.risks, mini-grow.steps]] (pass.bands.foo.steps)",
                at(text, "due: 31 maart") + "CD0516 [31 maart] (due)");
    }

    @Test
    void aBandKeyThatNamesNoAxisIsRefusedWithWhatIsPossible() {
        String text = Fixtures.replaceOnce(template(), "    ending: in-ontwikkeling", "    ending: in-ontwikkeling\n    mini-grow.score: bekwaam");
        ReadResult<Assignment> r = read("a.yaml", text);
        assertThat(r.value()).isNull();
        assertThat(messages(r)).containsExactly(at(text, "    mini-grow.score", 5)
                + "CD0515 [mini-grow.score, [dance, ending, mini-grow.risks, mini-grow.steps]] (pass.bands.mini-grow.score)");
    }

    private String at(String text, String line) {
        return at(text, line, 1);
    }

    private String at(String text, String line, int column) {
        return tmp.resolve("a.yaml") + ":" + Fixtures.lineOf(text, line) + ":" + column + ": ";
    }

    @Test
    void missingFieldsAreNamed() {
        ReadResult<Assignment> r = read("a.yaml", "format: 1\n");
        assertThat(r.findings()).extracting(Finding::problem).containsExactly(
                Problem.of(FindingCode.ASSIGNMENT_ID_MISSING),
                Problem.of(FindingCode.TITLE_MISSING),
                Problem.of(FindingCode.TRAINER_MISSING),
                Problem.of(FindingCode.SCENARIOS_MISSING, List.of("voorbeeld")),
                Problem.of(FindingCode.MODE_MISSING));
    }

    @Test
    void assignmentFromANewerVersionSaysSoInsteadOfListingItsNewFields() {
        String text = Fixtures.replaceOnce(template(), "format: 1", "format: 2\nteams: [a, b]");
        ReadResult<Assignment> r = read("a.yaml", text);
        assertThat(r.value()).isNull();
        assertThat(messages(r)).containsExactly(tmp.resolve("a.yaml") + ":0:0: CD0501 [2, 1]");
    }

    @Test
    void unreadableFilesGetAShortMessage() throws IOException {
        ReadResult<Assignment> r = read("a.json", "{\"format\": 1, ");
        assertThat(r.unreadable()).isTrue();
        assertThat(r.findings().get(0).code()).isEqualTo(FindingCode.JSON_SYNTAX);
        Files.write(tmp.resolve("b.yaml"), new byte[] {0, 1, 2});
        assertThat(reader.read(tmp.resolve("b.yaml")).findings().get(0).code()).isEqualTo(FindingCode.BINARY_FILE);
        assertThat(reader.read(tmp.resolve("none.yaml")).findings().get(0).code()).isEqualTo(FindingCode.CANNOT_READ);
    }

    // --- mode and attempts ---

    @Test
    void startMakesARecordInTheAssignmentsModeCarryingItsId() {
        AssignmentRules exam = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        SessionRecord r = exam.start(VOORBEELD, CURRICULUM, List.of(), "nl", 3, "Sam", T0);
        assertThat(r.mode()).isEqualTo(Mode.EXAM);
        assertThat(r.assignment()).isEqualTo("noor-oefenen-ab12");
        assertThat(r.trainee()).isEqualTo("Sam");
        AssignmentRules practice = new AssignmentRules(ReportFixtures.assignment(Mode.PRACTICE, null));
        assertThat(practice.start(VOORBEELD, CURRICULUM, List.of(), "nl", 3, "Sam", T0).mode()).isEqualTo(Mode.PRACTICE);
    }

    @Test
    void attemptsAreCountedPerScenarioFromRecordsWithTheAssignmentsId() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        String id = rules.assignment().id();
        List<SessionRecord> mine = List.of(
                record("a", EXPERT, "Sam", Mode.EXAM, id, T0),
                record("b", POOR, "Sam", Mode.EXAM, "other-assignment", T0),
                record("c", POOR, "Sam", Mode.PRACTICE, null, T0));
        AssignmentRules.Attempts a = rules.attempts("voorbeeld", mine);
        assertThat(a.used()).isEqualTo(1);
        assertThat(a.allowed()).isEqualTo(2);
        assertThat(a.left()).isEqualTo(1);
        assertThat(a.canStart()).isTrue();
        assertThat(rules.attempts(mine)).hasSize(1);
    }

    @Test
    void noNewAttemptOnceAllAreUsedEvenWhenTheyFailedOrWereAbandoned() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.PRACTICE, 2));
        String id = rules.assignment().id();
        List<SessionRecord> mine = List.of(record("a", POOR, "Sam", Mode.PRACTICE, id, T0),
                record("b", HALF, "Sam", Mode.PRACTICE, id, T0.plusSeconds(600)));
        AssignmentRules.Attempts a = rules.attempts("voorbeeld", mine);
        assertThat(a.used()).isEqualTo(2);
        assertThat(a.left()).isZero();
        assertThat(a.block()).isEqualTo(AssignmentRules.Block.NO_ATTEMPTS_LEFT);
        assertThat(a.message()).isEqualTo("all 2 attempt(s) at 'voorbeeld' have been used");
        assertThat(a.unfinished().id()).isEqualTo(mine.get(1).id());
        assertThatThrownBy(() -> rules.start(VOORBEELD, CURRICULUM, mine, "nl", 1, "Sam", T0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("all 2 attempt(s) at 'voorbeeld' have been used");
    }

    @Test
    void anOpenExamAttemptMustBeResumedNotRestarted() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 3));
        List<SessionRecord> mine = List.of(record("a", HALF, "Sam", Mode.EXAM, rules.assignment().id(), T0));
        AssignmentRules.Attempts a = rules.attempts("voorbeeld", mine);
        assertThat(a.block()).isEqualTo(AssignmentRules.Block.UNFINISHED_ATTEMPT);
        assertThat(a.unfinished()).isEqualTo(mine.get(0));
        assertThat(a.left()).isEqualTo(2);
        // In practice mode an open attempt does not block a fresh one.
        AssignmentRules practice = new AssignmentRules(ReportFixtures.assignment(Mode.PRACTICE, 3));
        assertThat(practice.attempts("voorbeeld", List.of(record("a", HALF, "Sam", Mode.PRACTICE, practice.assignment().id(), T0))).canStart()).isTrue();
    }

    @Test
    void withoutALimitAttemptsNeverRunOutAndOtherScenariosAreRefused() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.PRACTICE, null));
        List<SessionRecord> many = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> record("r" + i, POOR, "Sam", Mode.PRACTICE, rules.assignment().id(), T0.plusSeconds(i))).toList();
        AssignmentRules.Attempts a = rules.attempts("voorbeeld", many);
        assertThat(a.used()).isEqualTo(20);
        assertThat(a.left()).isNull();
        assertThat(a.canStart()).isTrue();
        AssignmentRules.Attempts other = rules.attempts("leonie", many);
        assertThat(other.block()).isEqualTo(AssignmentRules.Block.NOT_IN_ASSIGNMENT);
        assertThat(other.message()).contains("'leonie' is not part of assignment 'Noor oefenen'");
    }

    @Test
    void dueDateMarksLateSessionsWithoutBlockingThem() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        assertThat(rules.overdue(LocalDate.parse("2025-03-31"))).isFalse();
        assertThat(rules.overdue(LocalDate.parse("2025-04-01"))).isTrue();
        assertThat(rules.late(record("a", EXPERT, "Sam", Mode.EXAM, "x", java.time.Instant.parse("2025-04-01T00:00:01Z")))).isTrue();
        assertThat(rules.late(record("a", EXPERT, "Sam", Mode.EXAM, "x", java.time.Instant.parse("2025-03-31T23:59:59Z")))).isFalse();
    }

    // --- pass / fail ---

    @Test
    void expertPathInTheRightModePasses() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        AssignmentRules.Outcome o = rules.judge(ReportFixtures.stored(record("a", EXPERT, "Sam", Mode.EXAM, rules.assignment().id(), T0)));
        assertThat(o.passed()).isTrue();
        assertThat(o.failures()).isEmpty();
        assertThat(o.checks()).extracting(AssignmentRules.Check::criterion).containsExactly(AssignmentRules.Criterion.FINISHED,
                AssignmentRules.Criterion.BAND, AssignmentRules.Criterion.BAND, AssignmentRules.Criterion.NO_CRITICAL_RISK);
    }

    @Test
    void everyUnmetCriterionGivesItsReason() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        AssignmentRules.Outcome o = rules.judge(ReportFixtures.stored(record("a", POOR, "Sam", Mode.PRACTICE, rules.assignment().id(), T0)));
        assertThat(o.passed()).isFalse();
        assertThat(o.failures()).extracting(AssignmentRules.Check::message).containsExactly(
                "played in practice mode; this assignment asks for exam mode",
                "mini-grow.steps is nog-niet; at least bekwaam is needed",
                "mini-grow.risks is nog-niet; at least in-ontwikkeling is needed",
                "critical risk committed: mini-grow/oordeel (turn 2)");
        AssignmentRules.Check steps = o.failures().get(1);
        assertThat(steps.axis()).isEqualTo(Axis.steps("mini-grow"));
        assertThat(steps.required()).isEqualTo(Band.BEKWAAM);
        assertThat(steps.actual()).isEqualTo(Band.NOG_NIET);
    }

    @Test
    void anUnfinishedSessionNeverPasses() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        AssignmentRules.Outcome o = rules.judge(ReportFixtures.stored(record("a", HALF, "Sam", Mode.EXAM, rules.assignment().id(), T0)));
        assertThat(o.passed()).isFalse();
        assertThat(o.failures()).extracting(AssignmentRules.Check::message).contains("the session did not reach an ending");
    }

    @Test
    void passFailIsJudgedOnTheRecomputedProfileNotTheStoredSummary() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        SessionRecord poor = record("a", LIST, "Sam", Mode.EXAM, rules.assignment().id(), T0);
        Summary forged = new Summary("einde-best", "best", Map.of("mini-grow.steps", "bekwaam", "mini-grow.risks", "bekwaam",
                "ending", "bekwaam", "dance", "bekwaam"));
        SessionRecord forgedRec = new SessionRecord(poor.header(), poor.choices(), forged, null, null);
        StoredRecord s = ReportFixtures.stored(forgedRec);
        assertThat(s.status()).isEqualTo(RecordStatus.ALTERED);
        assertThat(rules.judge(s).passed()).isFalse();
    }

    @Test
    void failuresAreWordedInTheReportsLanguageFromTheGamesBundle() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        AssignmentRules.Check other = rules.judge(ReportFixtures.stored(record("a", EXPERT, "Sam", Mode.EXAM, "other", T0))).failures().get(0);
        assertThat(new nl.coachdans.classreport.ReportWords(nl.coachdans.scenario.Language.NL).failure(other)).isEqualTo("gemaakt buiten deze opdracht");
        assertThat(new nl.coachdans.classreport.ReportWords(nl.coachdans.scenario.Language.EN).failure(other)).isEqualTo("made outside this assignment");
        AssignmentRules.Check mode = rules.judge(ReportFixtures.stored(record("b", EXPERT, "Sam", Mode.PRACTICE, rules.assignment().id(), T0)))
                .failures().get(0);
        assertThat(new nl.coachdans.classreport.ReportWords(nl.coachdans.scenario.Language.EN).failure(mode))
                .isEqualTo("played in another mode than the assignment asks");
    }

    @Test
    void recordsOfAnotherAssignmentOrUnreplayableOnesFail() {
        AssignmentRules rules = new AssignmentRules(ReportFixtures.assignment(Mode.EXAM, 2));
        AssignmentRules.Outcome other = rules.judge(ReportFixtures.stored(record("a", EXPERT, "Sam", Mode.EXAM, "other", T0)));
        assertThat(other.failures()).extracting(AssignmentRules.Check::message)
                .containsExactly("made for assignment 'other', not 'noor-oefenen-ab12'");
        StoredRecord stale = new StoredRecord(null, record("b", EXPERT, "Sam", Mode.EXAM, "x", T0), RecordStatus.STALE, null, null,
                Explanation.of(Explanation.Why.SCENARIO_MISSING, "x"));
        AssignmentRules.Outcome o = rules.judge(stale);
        assertThat(o.passed()).isFalse();
        assertThat(o.failures()).extracting(AssignmentRules.Check::message).containsExactly("cannot be judged: scenario ‘x’ is not available here, so the record cannot be replayed");
    }

    @Test
    void aBandKeyOnlyAppliesToScenariosScoredOnIt() {
        Assignment a = new Assignment(1, "x", "T", "F", List.of("voorbeeld"), Mode.PRACTICE, null,
                new Assignment.PassCriteria(ReportFixtures.ordered("ervaringsleren.steps", Band.BEKWAAM, "dance", Band.BEKWAAM), false), null);
        AssignmentRules.Outcome o = new AssignmentRules(a).judge(ReportFixtures.stored(record("a", EXPERT, "S", Mode.PRACTICE, "x", T0)));
        assertThat(o.passed()).isTrue();
        assertThat(o.checks()).extracting(AssignmentRules.Check::axis).containsExactly(null, Axis.DANCE);
    }
}
