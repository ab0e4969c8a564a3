package nl.coachdans.assignments;

import nl.coachdans.files.Explanation;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Telling what a file handed to the game is, before any screen reads it properly. */
class OpenedFileTest {
    @TempDir
    Path dir;

    private OpenedFile.Kind kind(String name, String text) throws Exception {
        return OpenedFile.classify(Files.writeString(dir.resolve(name), text)).kind();
    }

    @Test
    void knowsEachKind() throws Exception {
        assertThat(kind("a.yaml", Sessions.yaml("noor-a-ab12", Mode.EXAM, 2))).isEqualTo(OpenedFile.Kind.ASSIGNMENT);
        assertThat(kind("a.yml", "anything: at all")).isEqualTo(OpenedFile.Kind.ASSIGNMENT);
        assertThat(kind("a.json", "{\"format\":1,\"id\":\"x\",\"scenarios\":[\"voorbeeld\"],\"mode\":\"exam\"}"))
                .isEqualTo(OpenedFile.Kind.ASSIGNMENT);
        var rec = Sessions.record("r", Sessions.HALF, Mode.EXAM, null, Sessions.T0);
        assertThat(kind("r.json", RecordReader.json().writeValueAsString(rec))).isEqualTo(OpenedFile.Kind.RECORD);
        var result = AssignmentResults.of(Sessions.assignment("noor-a-ab12", Mode.EXAM, 2), List.of(rec), "Sam", Instant.EPOCH);
        assertThat(kind("res.json", new String(AssignmentResults.bytes(result)))).isEqualTo(OpenedFile.Kind.RESULT);
        assertThat(OpenedFile.classify(dir).kind()).isEqualTo(OpenedFile.Kind.FOLDER);
        assertThat(OpenedFile.classify(dir.resolve("gone.yaml")).kind()).isEqualTo(OpenedFile.Kind.MISSING);
    }

    @Test
    void anythingElseIsUnknownWithAReason() throws Exception {
        for (String[] f : new String[][] {{"notes.txt", "hello"}, {"x.json", "{not json"}, {"e.json", ""}, {"o.json", "{\"hello\": 1}"},
                {"l.json", "[1, 2]"}}) {
            OpenedFile o = OpenedFile.classify(Files.writeString(dir.resolve(f[0]), f[1]));
            assertThat(o.kind()).as(f[0]).isEqualTo(OpenedFile.Kind.UNKNOWN);
            assertThat(o.problem()).as(f[0]).isNotNull();
            assertThat(o.problem().english()).as(f[0]).isNotBlank();
        }
    }
}
