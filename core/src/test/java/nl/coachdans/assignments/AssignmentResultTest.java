package nl.coachdans.assignments;

import nl.coachdans.files.Explanation;
import nl.coachdans.sessions.ReportFixtures;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.SessionRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.scenario.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.HALF;
import static nl.coachdans.sessions.ReportFixtures.POOR;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The result file a student hands in: what goes in, writing without loss, reading with clear messages. */
class AssignmentResultTest {
    @TempDir
    Path tmp;

    private final Assignment assignment = ReportFixtures.assignment(Mode.EXAM, 2);

    private List<SessionRecord> records() {
        String id = assignment.id();
        return List.of(record("b", POOR, "Sam", Mode.EXAM, id, T0.plusSeconds(900)),
                record("a", HALF, "Sam", Mode.EXAM, id, T0),
                record("c", EXPERT, "Sam", Mode.PRACTICE, null, T0),
                record("d", EXPERT, "Sam", Mode.EXAM, "other", T0));
    }

    @Test
    void resultHoldsEveryAttemptOfTheAssignmentOldestFirstAndACopyOfIt() {
        AssignmentResult r = AssignmentResults.of(assignment, records(), "Sam", T0.plusSeconds(3600));
        assertThat(r.format()).isEqualTo(1);
        assertThat(r.assignment()).isEqualTo(assignment);
        assertThat(r.trainee()).isEqualTo("Sam");
        assertThat(r.records()).extracting(SessionRecord::id).containsExactly(records().get(1).id(), records().get(0).id());
        assertThat(AssignmentResults.suggestedFileName(r)).isEqualTo("noor-oefenen-ab12-sam.json");
    }

    @Test
    void writeThenReadGivesTheSameResult() throws IOException {
        AssignmentResult r = AssignmentResults.of(assignment, records(), "Sam", T0);
        Path file = tmp.resolve("sam.json");
        AssignmentResults.write(file, r, false);
        ReadResult<AssignmentResult> back = AssignmentResults.read(file);
        assertThat(back.findings()).isEmpty();
        assertThat(back.value()).isEqualTo(r);
        try (var s = Files.list(tmp)) {
            assertThat(s.toList()).containsExactly(file);
        }
    }

    @Test
    void anExistingFileIsOnlyReplacedWhenAskedTo() throws IOException {
        Path file = tmp.resolve("sam.json");
        Files.writeString(file, "handed in before");
        AssignmentResult r = AssignmentResults.of(assignment, records(), "Sam", T0);
        assertThatThrownBy(() -> AssignmentResults.write(file, r, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("handed in before");
        AssignmentResults.write(file, r, true);
        assertThat(AssignmentResults.read(file).value()).isEqualTo(r);
    }

    @Test
    void theTraineeComesFromTheRecordsUnlessTheyDisagree() {
        assertThat(AssignmentResults.traineeOf(records())).contains("Sam");
        assertThat(AssignmentResults.traineeOf(List.of(record("a", HALF, null, Mode.EXAM, null, T0)))).isEmpty();
        List<SessionRecord> mixed = List.of(record("a", HALF, "Sam", Mode.EXAM, null, T0), record("b", HALF, "Kim", Mode.EXAM, null, T0));
        assertThatThrownBy(() -> AssignmentResults.traineeOf(mixed)).hasMessage("the records name several trainees (Kim, Sam); say whose result this is");
    }

    @Test
    void aResultForAnotherAssignmentIsNamedAsSuch() {
        Assignment other = new Assignment(1, "leonie-examen-zz99", "Leonie examen", "Fer", List.of("voorbeeld"), Mode.EXAM, 1, null, null);
        AssignmentResult r = AssignmentResults.of(other, records(), "Sam", T0);
        assertThat(AssignmentResults.mismatch(r, assignment)).contains(Explanation.of(Explanation.Why.OTHER_ASSIGNMENT,
                "leonie-examen-zz99", "Leonie examen", "noor-oefenen-ab12", "Noor oefenen"));
        assertThat(AssignmentResults.mismatch(r, assignment).orElseThrow().english())
                .isEqualTo("this result is for assignment ‘leonie-examen-zz99’ (“Leonie examen”), not for ‘noor-oefenen-ab12’ (“Noor oefenen”)");
        assertThat(AssignmentResults.mismatch(AssignmentResults.of(assignment, records(), "Sam", T0), assignment)).isEmpty();
    }

    @Test
    void filesThatAreNoResultSaySoPlainly() throws IOException {
        Path rec = tmp.resolve("rec.json");
        Files.write(rec, RecordReader.json().writeValueAsBytes(records().get(0)));
        assertThat(AssignmentResults.read(rec).findings().get(0).code()).isEqualTo(nl.coachdans.scenario.FindingCode.RESULT_IS_RECORD);
        Path junk = tmp.resolve("junk.json");
        Files.writeString(junk, "{\"hello\": 1");
        assertThat(AssignmentResults.read(junk).findings().get(0).toString()).startsWith(junk + ":1:");
        assertThat(AssignmentResults.read(junk).findings().get(0).code()).isEqualTo(nl.coachdans.scenario.FindingCode.RESULT_UNREADABLE);

        AssignmentResult r = AssignmentResults.of(assignment, records(), "Sam", T0);
        ObjectNode tree = RecordReader.json().valueToTree(r);
        tree.put("format", 9);
        Path newer = tmp.resolve("newer.json");
        Files.write(newer, RecordReader.json().writeValueAsBytes(tree));
        assertThat(AssignmentResults.read(newer).findings().get(0).problem())
                .isEqualTo(nl.coachdans.scenario.Problem.of(nl.coachdans.scenario.FindingCode.NEWER_RESULT, 9));
    }
}
