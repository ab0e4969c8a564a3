package nl.coachdans.files;

import nl.coachdans.files.Explanation;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.classreport.ClassReport;
import nl.coachdans.sessions.ReportFixtures;
import nl.coachdans.sessions.Mode;
import nl.coachdans.assignments.RecordFolder;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.xapi.XapiExport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.scenario.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Issue 13, #2, #3, #6, #12, #13, #14: which files are records, and what a valid record is. */
class RecordFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, SessionRecord r) throws IOException {
        Path f = dir.resolve(name);
        AtomicFiles.write(f, RecordReader.json().writeValueAsBytes(r));
        return f;
    }

    private List<RecordFolder.Item> read() throws IOException {
        return new RecordFolder(ReportFixtures.source()).read(dir);
    }

    private static RecordFolder.Item item(List<RecordFolder.Item> items, String file) {
        return items.stream().filter(i -> i.file().equals(file)).findFirst().orElseThrow(() -> new AssertionError(file + " in " + items));
    }

    @Test
    void crashLeftoversBackupsAndEditorCopiesAreNoRecords() throws IOException {
        Path real = write("20250101-000000-voorbeeld-aaaa.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0));
        byte[] same = Files.readAllBytes(real);
        for (String copy : List.of(".20250101-000000-voorbeeld-aaaa.json12345.tmp", ".coachdans-x.json-1.partial",
                "20250101-000000-voorbeeld-aaaa.json~", "20250101-000000-voorbeeld-aaaa.json.bak", "#a.json#", ".a.json.swp")) {
            Files.write(dir.resolve(copy), same);
        }
        List<RecordFolder.Item> items = read();
        assertThat(items.stream().filter(RecordFolder.Item::usable)).hasSize(1);
        ClassReport r = ClassReport.build(items, ReportFixtures.source(), null);
        assertThat(r.totals().counted()).isEqualTo(1);
        assertThat(r.totals().students()).isEqualTo(1);
        assertThat(item(items, "20250101-000000-voorbeeld-aaaa.json").message()).isNull();
        assertThat(item(items, ".20250101-000000-voorbeeld-aaaa.json12345.tmp").message()).contains("interrupted save");
        assertThat(item(items, "20250101-000000-voorbeeld-aaaa.json~").message()).contains("backup or editor copy");
        assertThat(item(items, "#a.json#").message()).contains("backup or editor copy");
    }

    @Test
    void anUnreadableSubfolderIsOneItemAndTheRestGoesOn() throws IOException {
        write("a.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        write("locked/b.json", record("b", EXPERT, "Bo", Mode.EXAM, null, T0));
        // Root reads every folder, so the refusal comes from a seam over the real listing.
        RecordFiles files = new RecordFiles(d -> {
            if (d.equals(locked)) throw new AccessDeniedException(d.toString());
            return Files.newDirectoryStream(d);
        });
        List<RecordFiles.Found> found = files.scan(dir);
        assertThat(found).extracting(RecordFiles.Found::name).containsExactly("a.json", "locked/");
        assertThat(found.get(1).kind()).isEqualTo(RecordFiles.Kind.UNREADABLE);
        assertThat(found.get(1).reason()).isEqualTo("the folder cannot be read: permission denied (" + locked + ")");
    }

    @Test
    void anUnreadableSubfolderForRealWhenNotRoot() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads every folder; the seam test above covers it").isNotEqualTo("root");
        write("a.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0));
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assumeThat(locked.toFile().setReadable(false, false)).isTrue();
        try {
            List<RecordFolder.Item> items = read();
            assertThat(items).extracting(RecordFolder.Item::file).containsExactly("a.json", "locked/");
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void pipesDevicesAndDanglingLinksAreAccountedForAndNeverOpened() throws Exception {
        write("a.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0));
        Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("nowhere.json"));
        Files.createSymbolicLink(dir.resolve("device.json"), Path.of("/dev/zero"));
        boolean fifo = mkfifo(dir.resolve("pipe.json"));
        List<RecordFolder.Item> items = read();
        assertThat(item(items, "gone.json").message()).isEqualTo("a link that leads nowhere");
        assertThat(item(items, "device.json").message()).contains("not a regular file");
        if (fifo) assertThat(item(items, "pipe.json").message()).contains("not a regular file");
        assertThat(items.stream().filter(RecordFolder.Item::usable)).hasSize(1);
    }

    @Test
    void aNewlineInAFileNameStaysInTheName() throws IOException {
        write("a\nb.json", record("a", EXPERT, "Ans", Mode.EXAM, null, T0));
        assertThat(read()).extracting(RecordFolder.Item::file).containsExactly("a\nb.json");
    }

    @Test
    void duplicateCopiesDoNotInflateTheStudentCount() throws IOException {
        write("a.json", record("a", EXPERT, null, Mode.EXAM, null, T0));
        write("copy/a.json", record("a", EXPERT, null, Mode.EXAM, null, T0));
        ClassReport r = ClassReport.build(read(), ReportFixtures.source(), null);
        assertThat(r.totals().counted()).isEqualTo(1);
        assertThat(r.totals().students()).isEqualTo(1);
    }

    @Test
    void aRecordWithoutIdIsInvalidForEveryReader() throws IOException {
        Path f = write("noid.json", record("n", EXPERT, "Ans", Mode.EXAM, null, T0));
        ObjectNode tree = (ObjectNode) RecordReader.json().readTree(f.toFile());
        tree.remove("id");
        Files.write(f, RecordReader.json().writeValueAsBytes(tree));
        write("ok.json", record("ok", EXPERT, "Bo", Mode.EXAM, null, T0));

        List<RecordFolder.Item> items = read();
        assertThat(item(items, "noid.json").status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(item(items, "noid.json").message()).isEqualTo("not a valid session record: it has no id");
        XapiExport.Export export = new XapiExport(ReportFixtures.source(), XapiExport.DEFAULT_HOME_PAGE).export(items);
        assertThat(export.sessions()).isEqualTo(1);
        assertThat(export.skipped()).extracting(XapiExport.Skipped::place).containsExactly("noid.json");
        assertThat(new RecordReader(ReportFixtures.source()).read(f).status()).isEqualTo(RecordStatus.CORRUPT);
    }

    @Test
    void versionsGetTheStatusAndWordsTheyDeserve() throws IOException {
        for (int v : new int[] {2, 0, -5}) {
            Path f = write("v" + v + ".json", record("v" + v, EXPERT, "Ans", Mode.EXAM, null, T0));
            ObjectNode tree = (ObjectNode) RecordReader.json().readTree(f.toFile());
            tree.put("version", v);
            Files.write(f, RecordReader.json().writeValueAsBytes(tree));
        }
        List<RecordFolder.Item> items = read();
        // Version 2 of a scenario that is at version 1 here: still replays, and says so.
        assertThat(item(items, "v2.json").status()).isEqualTo(RecordStatus.OK);
        assertThat(item(items, "v2.json").message()).isEqualTo("made on version 2 of this scenario (here: version 1); it still replays "
                + "and is re-scored on the version here");
        assertThat(item(items, "v0.json").status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(item(items, "v0.json").message()).contains("scenario version 0; versions start at 1");
        assertThat(item(items, "v-5.json").status()).isEqualTo(RecordStatus.CORRUPT);
    }

    @Test
    void aRecordThatClaimsAnotherScenarioIsNotCalledChanged() throws IOException {
        SessionRecord other = record("o", EXPERT, "Ans", Mode.EXAM, null, T0);
        Path f = write("other.json", other);
        ObjectNode tree = (ObjectNode) RecordReader.json().readTree(f.toFile());
        tree.put("contentHash", "sha256:someone-else");
        ((ObjectNode) tree.get("choices").get(0)).put("choice", "leonie-reply");
        Files.write(f, RecordReader.json().writeValueAsBytes(tree));
        RecordFolder.Item it = item(read(), "other.json");
        assertThat(it.status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(it.explanation()).isEqualTo(Explanation.of(Explanation.Why.WRONG_SCENARIO, "voorbeeld", "leonie-reply"));
    }

    @Test
    void aResultWithANullAssignmentKeepsItsValidRecords() throws IOException {
        AssignmentResult result = new AssignmentResult(AssignmentResult.FORMAT, ReportFixtures.assignment(Mode.EXAM, 2), "Ans", T0,
                List.of(record("r1", EXPERT, "Ans", Mode.EXAM, "noor-oefenen-ab12", T0)));
        ObjectNode tree = RecordReader.json().valueToTree(result);
        tree.putNull("assignment");
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("records")).add("not a record");
        Files.write(dir.resolve("result.json"), RecordReader.json().writeValueAsBytes(tree));
        List<RecordFolder.Item> items = read();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).usable()).isTrue();
        assertThat(items.get(0).message()).contains("no copy of the assignment");
        assertThat(items.get(1).status()).isEqualTo(RecordStatus.CORRUPT);
    }

    @Test
    void readerMessagesSpeakTheUsersWords() throws IOException {
        Fixtures.write(dir.resolve("list.json"), "{\"format\":1,\"id\":\"x\",\"version\":1,\"scenario\":\"voorbeeld\",\"choices\":\"mail-afspraak\"}");
        Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, (byte) 0xFF, '"', '}'});
        List<RecordFolder.Item> items = read();
        for (RecordFolder.Item it : items) {
            assertThat(it.message()).as(it.file()).doesNotContain("java.").doesNotContain("JsonToken").doesNotContain("Exception")
                    .doesNotContain("nl.coachdans").doesNotContain("`");
        }
        assertThat(item(items, "list.json").message()).contains("choices").contains("a list");
    }

    static boolean mkfifo(Path p) throws InterruptedException {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).start();
            return proc.waitFor(10, TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
