package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The headline kind for a file that cannot be used, from what the readers actually say. */
class ProblemKindTest {
    @TempDir
    Path dir;

    private List<Finding> read(String name, String text) throws Exception {
        return new AssignmentReader(List.of(Sessions.VOORBEELD)).read(Files.writeString(dir.resolve(name), text)).findings();
    }

    @Test
    void recognisesTheReadersMessages() throws Exception {
        String good = Sessions.yaml("noor-a-ab12", Mode.EXAM, 2);
        assertThat(ProblemKind.of(read("n.yaml", good.replace("format: 1", "format: 2")))).isEqualTo(ProblemKind.NEWER);
        assertThat(ProblemKind.of(read("s.yaml", good.replace("scenarios: [voorbeeld]", "scenarios: [leoni]")))).isEqualTo(ProblemKind.UNKNOWN_SCENARIO);
        assertThat(ProblemKind.of(read("u.yaml", "title: \"unclosed"))).isEqualTo(ProblemKind.UNREADABLE);
        assertThat(ProblemKind.of(read("e.yaml", ""))).isEqualTo(ProblemKind.UNREADABLE);
        assertThat(ProblemKind.of(read("m.yaml", good.replace("mode: exam", "mode: examen")))).isEqualTo(ProblemKind.INVALID);
    }

    @Test
    void aNewerResultFileIsNewer() throws Exception {
        Path f = Files.writeString(dir.resolve("r.json"), "{\"format\": 7, \"assignment\": {}, \"records\": []}");
        assertThat(ProblemKind.of(AssignmentResults.read(f).findings(), false)).isEqualTo(ProblemKind.NEWER);
    }

    @Test
    void theKindFollowsTheCodeWhateverTheWording() {
        assertThat(ProblemKind.of(List.of(Finding.error("x.yaml", FindingCode.UNKNOWN_SCENARIO, "leoni", List.of("voorbeeld")))))
                .isEqualTo(ProblemKind.UNKNOWN_SCENARIO);
        assertThat(ProblemKind.of(List.of(Finding.error("x.yaml", FindingCode.EMPTY_FILE)))).isEqualTo(ProblemKind.UNREADABLE);
        assertThat(ProblemKind.of(List.of(Finding.error("x.yaml", FindingCode.MODE_INVALID, "examen")))).isEqualTo(ProblemKind.INVALID);
        assertThat(ProblemKind.of(List.of(Finding.error("x.yaml", FindingCode.MODE_INVALID, "examen")), true)).isEqualTo(ProblemKind.UNREADABLE);
    }
}
