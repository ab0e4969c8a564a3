package nl.coachdans.classreport;

import nl.coachdans.scoring.Axis;
import nl.coachdans.engine.Session;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.assignments.AssignmentTemplate;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.sessions.RecordHeader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.scenario.ContentHash;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer screen's reading: the same report as the command, and clear problems instead of none. */
class ClassReportLoaderTest {
    private static final Scenario VOORBEELD = Fixtures.voorbeeld();
    private static final Curriculum CURRICULUM = Fixtures.curriculum();
    private static final Instant T0 = Instant.parse("2025-03-04T09:00:00Z");
    private static final String ID = "noor-oefenen-ab12";

    @TempDir
    Path dir;

    private final ScenarioSource source = id -> id.equals(VOORBEELD.id())
            ? Optional.of(new ScenarioSource.Playable(VOORBEELD, CURRICULUM)) : Optional.empty();
    private final ClassReportLoader loader = new ClassReportLoader(source, List.of(VOORBEELD));

    private static SessionRecord record(String name, List<String> choices, String trainee, String assignment) {
        SessionRecord r = new SessionRecord(new RecordHeader(SessionRecord.FORMAT, UUID.nameUUIDFromBytes(name.getBytes()).toString(), VOORBEELD.id(),
                VOORBEELD.version(), ContentHash.of(VOORBEELD, CURRICULUM), "nl", Mode.EXAM, 7, trainee, assignment, T0),
                List.of(), null, null, null);
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), null, T0.plusSeconds(60L * (i + 1)));
        var t = Session.replay(VOORBEELD, CURRICULUM, 7, choices).transcript();
        return r.summarised(t, new Scorer(CURRICULUM).score(VOORBEELD, t));
    }

    private Path classFolder() throws Exception {
        Path k = Files.createDirectories(dir.resolve("klas"));
        Assignment a = new Assignment(1, ID, "Noor oefenen", "Fer", List.of("voorbeeld"), Mode.EXAM, 2,
                new Assignment.PassCriteria(Map.of(Axis.steps("mini-grow"), Band.BEKWAAM), true), LocalDate.parse("2025-03-31"));
        var result = AssignmentResults.of(a, List.of(record("sam", Fixtures.EXPERT, "Sam", ID)), "Sam", T0);
        Files.write(k.resolve("sam.json"), AssignmentResults.bytes(result));
        Files.write(Files.createDirectories(k.resolve("groep-b")).resolve("noor.json"),
                RecordReader.json().writeValueAsBytes(record("noor", List.of("mail-tips", "open-oordeel", "dicht-volhouden"), "Noor", ID)));
        Files.writeString(k.resolve("notes.txt"), "bring coffee");
        Files.writeString(k.resolve("broken.json"), "{\"scenario\": ");
        return k;
    }

    @Test
    void everyFileIsAccountedForAndJudgedAgainstTheAssignment() throws Exception {
        Path k = classFolder();
        Path assignment = Files.writeString(dir.resolve("a.yaml"), AssignmentTemplate.yaml(ID, "Noor oefenen", "Fer",
                List.of(VOORBEELD), List.of("voorbeeld"), Mode.EXAM, 2, LocalDate.parse("2025-03-31")));
        ClassReportLoader.Loaded l = loader.load(k, assignment);
        assertThat(l.ok()).isTrue();
        var totals = l.report().totals();
        assertThat(totals.files()).isEqualTo(4);
        assertThat(totals.ok()).isEqualTo(2);
        assertThat(totals.corrupt()).isEqualTo(2);
        assertThat(totals.students()).isEqualTo(2);
        assertThat(l.report().assignment().id()).isEqualTo(ID);
        assertThat(l.report().students()).extracting(s -> s.name() + "=" + s.passed()).containsExactlyInAnyOrder("Sam=true", "Noor=false");
    }

    @Test
    void withoutAnAssignmentNothingIsJudged() throws Exception {
        ClassReportLoader.Loaded l = loader.load(classFolder(), null);
        assertThat(l.ok()).isTrue();
        assertThat(l.report().assignment()).isNull();
        assertThat(l.report().students()).allMatch(s -> s.passed() == null);
    }

    @Test
    void saysWhatIsWrongInsteadOfReporting() throws Exception {
        assertThat(loader.load(null, null).problem()).isEqualTo(ClassReportLoader.Problem.NO_FOLDER);
        assertThat(loader.load(dir.resolve("gone"), null).problem()).isEqualTo(ClassReportLoader.Problem.NO_FOLDER);
        Path file = Files.writeString(dir.resolve("x.json"), "{}");
        assertThat(loader.load(file, null).problem()).isEqualTo(ClassReportLoader.Problem.NOT_A_FOLDER);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "format: 1\nid: x\n");
        ClassReportLoader.Loaded l = loader.load(classFolder(), bad);
        assertThat(l.problem()).isEqualTo(ClassReportLoader.Problem.BAD_ASSIGNMENT);
        assertThat(l.findings()).isNotEmpty();
        assertThat(l.report()).isNull();
    }
}
