package nl.coachdans.assignments;

import nl.coachdans.sessions.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainee's assignment folder: every file listed (usable or with its problem), opened files kept, none replaced. */
class AssignmentShelfTest {
    @TempDir
    Path home;
    @TempDir
    Path downloads;

    private AssignmentShelf shelf() {
        return new AssignmentShelf(home, List.of(Sessions.VOORBEELD));
    }

    private Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void listsUsableAndBrokenFilesButNotOthers() throws Exception {
        Path folder = home.resolve("assignments");
        write(folder, "a.yaml", Sessions.yaml("noor-a-ab12", Mode.EXAM, 2));
        write(folder, "b.yaml", Sessions.yaml("noor-b-ab12", Mode.PRACTICE, 3).replace("scenarios: [voorbeeld]", "scenarios: [leoni]"));
        write(folder, "c.json", "{\"format\": 9, \"id\": \"x\"}");
        write(folder, "notes.txt", "not an assignment");
        write(folder, ".a.yaml.123.tmp", "half written");
        List<AssignmentShelf.Shelved> list = shelf().list();
        assertThat(list).extracting(s -> s.file().getFileName().toString()).containsExactly("a.yaml", "b.yaml", "c.json");
        assertThat(list.get(0).ok()).isTrue();
        assertThat(list.get(0).assignment().mode()).isEqualTo(Mode.EXAM);
        assertThat(list.get(1).ok()).isFalse();
        assertThat(ProblemKind.of(list.get(1).findings())).isEqualTo(ProblemKind.UNKNOWN_SCENARIO);
        assertThat(list.get(1).findings().get(0).line()).isPositive();
        assertThat(ProblemKind.of(list.get(2).findings())).isEqualTo(ProblemKind.NEWER);
    }

    @Test
    void anOpenedFileIsCopiedInOnceAndTheOriginalIsLeftAlone() throws Exception {
        String text = Sessions.yaml("noor-a-ab12", Mode.EXAM, 2);
        Path original = write(downloads, "opdracht.yaml", text);
        AssignmentShelf.Added first = shelf().add(original);
        assertThat(first.copied()).isTrue();
        assertThat(first.file()).isEqualTo(home.resolve("assignments/opdracht.yaml"));
        assertThat(Files.readString(first.file())).isEqualTo(text);
        assertThat(Files.readString(original)).isEqualTo(text);

        AssignmentShelf.Added again = shelf().add(original);
        assertThat(again.copied()).isFalse();
        assertThat(again.file()).isEqualTo(first.file());
        assertThat(shelf().list()).hasSize(1);
    }

    @Test
    void aDifferentFileWithTheSameNameGetsANewNameInsteadOfReplacing() throws Exception {
        Path older = shelf().add(write(downloads, "opdracht.yaml", Sessions.yaml("noor-a-ab12", Mode.EXAM, 2))).file();
        Path newer = shelf().add(write(downloads.resolve("v2"), "opdracht.yaml", Sessions.yaml("noor-a-ab12", Mode.EXAM, 3))).file();
        assertThat(newer.getFileName().toString()).isEqualTo("opdracht-2.yaml");
        assertThat(Files.readString(older)).contains("attempts: 2");
        assertThat(shelf().list()).hasSize(2);
    }

    @Test
    void aFileAlreadyInTheFolderIsNotCopied() throws Exception {
        Path inside = write(home.resolve("assignments"), "a.yaml", Sessions.yaml("noor-a-ab12", Mode.EXAM, 2));
        AssignmentShelf.Added added = shelf().add(inside);
        assertThat(added.copied()).isFalse();
        assertThat(added.file()).isEqualTo(inside.toAbsolutePath().normalize());
    }

    @Test
    void findsAnAssignmentById() throws Exception {
        write(home.resolve("assignments"), "a.yaml", Sessions.yaml("noor-a-ab12", Mode.EXAM, 2));
        assertThat(shelf().find("noor-a-ab12")).get().extracting(s -> s.assignment().attempts()).isEqualTo(2);
        assertThat(shelf().find("other")).isEmpty();
        assertThat(shelf().find(null)).isEmpty();
    }

    @Test
    void noFolderMeansNoAssignments() {
        assertThat(shelf().list()).isEmpty();
    }
}
