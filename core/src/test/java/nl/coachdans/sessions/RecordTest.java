package nl.coachdans.sessions;

import nl.coachdans.files.Explanation;
import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.files.AtomicFiles;
import nl.coachdans.scoring.Axis;
import nl.coachdans.files.DataHome;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.Transcript;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static nl.coachdans.scenario.Fixtures.EXPERT;
import static nl.coachdans.scenario.Fixtures.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

class RecordTest {
    private static final Instant T0 = Instant.parse("2025-03-04T10:15:30Z");

    @TempDir
    Path home;

    private final Curriculum curriculum = Fixtures.curriculum();
    private final Scenario voorbeeld = Fixtures.voorbeeld();
    /** The scenario the store finds for "voorbeeld"; tests swap it to simulate changed content. */
    private final AtomicReference<Scenario> current = new AtomicReference<>(voorbeeld);
    private final ScenarioSource source = id -> id.equals(current.get().id())
            ? Optional.of(new ScenarioSource.Playable(current.get(), curriculum)) : Optional.empty();

    private RecordStore store() {
        return new RecordStore(home, source);
    }

    private SessionRecord record(List<String> choices, Instant started) {
        SessionRecord r = SessionRecord.start(voorbeeld, curriculum, "nl", Mode.PRACTICE, 11, "Sam", started);
        for (int i = 0; i < choices.size(); i++) r = r.with(choices.get(i), "gedachte " + i, started.plusSeconds(10L * (i + 1)));
        Transcript t = Session.replay(voorbeeld, curriculum, 11, choices).transcript();
        return r.summarised(t, new Scorer(curriculum).score(voorbeeld, t));
    }

    private static ObjectNode json(Path file) throws IOException {
        return (ObjectNode) RecordReader.json().readTree(file.toFile());
    }

    private static void write(Path file, ObjectNode tree) throws IOException {
        Files.write(file, RecordReader.json().writeValueAsBytes(tree));
    }

    @Test
    void savedRecordListsAsOkWithARecomputedProfile() throws IOException {
        SessionRecord rec = record(EXPERT, T0);
        Path file = store().save(rec);

        assertThat(file).exists().hasParent(home.resolve("records"));
        assertThat(file.getFileName().toString()).isEqualTo("20250304-101530-voorbeeld-" + rec.id().substring(0, 8) + ".json");

        List<StoredRecord> list = store().list();
        assertThat(list).hasSize(1);
        StoredRecord s = list.get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.OK);
        assertThat(s.message()).isNull();
        assertThat(s.file()).isEqualTo(file);
        assertThat(s.record()).isEqualTo(rec);

        Transcript expected = Session.replay(voorbeeld, curriculum, 11, EXPERT).transcript();
        assertThat(s.transcript()).isEqualTo(expected);
        assertThat(s.profile()).isEqualTo(new Scorer(curriculum).score(voorbeeld, expected));
        assertThat(s.profile().ending()).isEqualTo(Quality.BEST);
    }

    @Test
    void recordKeepsChoicesThoughtsAndTheContentHash() throws IOException {
        SessionRecord rec = record(List.of("mail-afspraak", "open-doel"), T0);
        assertThat(rec.format()).isEqualTo(SessionRecord.FORMAT);
        assertThat(rec.contentHash()).startsWith(nl.coachdans.scenario.ContentHash.PREFIX);
        assertThat(rec.choiceIds()).containsExactly("mail-afspraak", "open-doel");
        assertThat(rec.choices().get(1).thought()).isEqualTo("gedachte 1");
        assertThat(rec.choices().get(1).at()).isEqualTo(T0.plusSeconds(20));
        assertThat(rec.finished()).isFalse();
        assertThat(rec.withoutLast().choiceIds()).containsExactly("mail-afspraak");
        assertThat(Replays.session(rec, voorbeeld, curriculum).current().id()).isEqualTo("doel");
    }

    @Test
    void tamperedSummaryMarksTheRecordAlteredAndShowsTheRecomputedResult() throws IOException {
        Path file = store().save(record(EXPERT, T0));
        ObjectNode tree = json(file);
        ((ObjectNode) tree.get("summary")).put("quality", "poor");
        ((ObjectNode) tree.get("summary").get("bands")).put("ending", "nog-niet");
        write(file, tree);

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.ALTERED);
        assertThat(s.message()).contains("does not match the recomputed result");
        assertThat(s.profile().ending()).isEqualTo(Quality.BEST);
        assertThat(s.profile().bands().get(Axis.ENDING).code()).isEqualTo("bekwaam");
        assertThat(file).as("an altered record is kept in place").exists();
    }

    @Test
    void tamperedBandAloneIsNoticed() throws IOException {
        Path file = store().save(record(EXPERT, T0));
        ObjectNode tree = json(file);
        ((ObjectNode) tree.get("summary").get("bands")).put("mini-grow.risks", "nog-niet");
        write(file, tree);
        assertThat(store().list().get(0).status()).isEqualTo(RecordStatus.ALTERED);
    }

    @Test
    void scenarioChangedSoThatAChoiceIsGoneMakesTheRecordStale() throws IOException {
        store().save(record(EXPERT, T0));
        String changed = replaceOnce(Fixtures.voorbeeldText(), "      - id: opties-wil", "      - id: opties-stap");
        changed = replaceOnce(changed, "version: 1", "version: 2");
        current.set(Fixtures.scenario(changed));

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.STALE);
        assertThat(s.profile()).isNull();
        assertThat(s.transcript()).isNull();
        assertThat(s.message()).contains("made on version 1").contains("now version 2").contains("'opties-wil'");
    }

    @Test
    void scenarioChangedButStillReplayableIsOkWithANote() throws IOException {
        store().save(record(EXPERT, T0));
        // A choice off the expert path scores differently now: the content of play has changed.
        current.set(Fixtures.scenario(replaceOnce(Fixtures.voorbeeldText(), "effects: {rapport: -2}", "effects: {rapport: -3}")));

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.OK);
        assertThat(s.message()).contains("other content");
        assertThat(s.profile().ending()).isEqualTo(Quality.BEST);
    }

    @Test
    void rewordedContentIsTheSameContent() throws IOException {
        store().save(record(EXPERT, T0));
        // Words change no path and no score: the fingerprint leaves them out, so no note.
        current.set(Fixtures.scenario(replaceOnce(Fixtures.voorbeeldText(), "Stilte geeft haar ruimte", "Zwijgen geeft haar ruimte")));

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.OK);
        assertThat(s.message()).isNull();
    }

    @Test
    void choicesThatDoNotReplayOnUnchangedContentAreCorrupt() throws IOException {
        Path file = store().save(record(EXPERT, T0));
        ObjectNode tree = json(file);
        ((ObjectNode) ((ArrayNode) tree.get("choices")).get(2)).put("choice", "doel-nergens");
        write(file, tree);

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(s.message()).contains("doel-nergens");
        assertThat(s.file()).isEqualTo(home.resolve("records").resolve("corrupt").resolve(file.getFileName())).exists();
        assertThat(file).doesNotExist();
    }

    @Test
    void garbageFileIsCorruptAndMovedToTheCorruptFolder() throws IOException {
        Path records = Files.createDirectories(home.resolve("records"));
        Path garbage = records.resolve("20250101-000000-voorbeeld-deadbeef.json");
        Files.write(garbage, new byte[] {'{', 0x01, (byte) 0xFF, 'x', '"', 0});

        List<StoredRecord> list = store().list();
        assertThat(list).hasSize(1);
        StoredRecord s = list.get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.CORRUPT);
        Path aside = records.resolve("corrupt").resolve(garbage.getFileName());
        assertThat(s.file()).isEqualTo(aside);
        assertThat(aside).as("never deleted, only moved").exists().hasBinaryContent(new byte[] {'{', 0x01, (byte) 0xFF, 'x', '"', 0});
        assertThat(garbage).doesNotExist();
        assertThat(s.message()).contains(garbage.getFileName().toString()).contains("moved to");

        assertThat(store().list()).as("a record set aside is not listed again").isEmpty();
    }

    @Test
    void jsonThatIsNotARecordIsCorrupt() throws IOException {
        Path records = Files.createDirectories(home.resolve("records"));
        Files.writeString(records.resolve("20250101-000000-voorbeeld-00000000.json"), "{\"hello\": \"world\"}");
        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(s.message()).contains("not a valid session record");
    }

    @Test
    void oversizedFileIsCorruptWithoutBeingRead() throws IOException {
        Path records = Files.createDirectories(home.resolve("records"));
        Path big = records.resolve("20250101-000000-voorbeeld-bigbig00.json");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(RecordReader.MAX_BYTES + 1);
        }
        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.CORRUPT);
        assertThat(s.message()).contains("too large");
    }

    @Test
    void recordFromANewerFormatIsStaleAndSaysSo() throws IOException {
        Path file = store().save(record(EXPERT, T0));
        ObjectNode tree = json(file);
        tree.put("format", 99);
        write(file, tree);

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.STALE);
        assertThat(s.message()).contains("newer").contains("99");
        assertThat(s.file()).isEqualTo(file).exists();
    }

    @Test
    void recordOfAnUnknownScenarioIsStale() throws IOException {
        Path file = store().save(record(EXPERT, T0));
        ObjectNode tree = json(file);
        tree.put("scenario", "bestaat-niet");
        write(file, tree);

        StoredRecord s = store().list().get(0);
        assertThat(s.status()).isEqualTo(RecordStatus.STALE);
        assertThat(s.explanation()).isEqualTo(Explanation.of(Explanation.Why.SCENARIO_MISSING, "bestaat-niet"));
    }

    @Test
    void unfinishedGivesTheNewestUnfinishedSession() throws IOException {
        RecordStore store = store();
        assertThat(store.unfinished()).isEmpty();
        SessionRecord older = record(List.of("mail-afspraak"), T0);
        SessionRecord newer = record(List.of("mail-afspraak", "open-doel"), T0.plusSeconds(3600));
        SessionRecord finishedNewest = record(EXPERT, T0.plusSeconds(7200));
        store.save(newer);
        store.save(finishedNewest);
        store.save(older);

        Optional<StoredRecord> u = store.unfinished();
        assertThat(u).isPresent();
        assertThat(u.get().record().id()).isEqualTo(newer.id());
        assertThat(u.get().transcript().ended()).isFalse();
        assertThat(store.list()).extracting(r -> r.record().id()).containsExactly(finishedNewest.id(), newer.id(), older.id());
    }

    @Test
    void savingAgainReplacesTheSameFile() throws IOException {
        SessionRecord rec = SessionRecord.start(voorbeeld, curriculum, "en", Mode.EXAM, 1, null, T0);
        Path first = store().save(rec);
        Path second = store().save(rec.with("mail-afspraak", null, T0.plusSeconds(5)));
        assertThat(second).isEqualTo(first);
        try (Stream<Path> files = Files.list(home.resolve("records"))) {
            assertThat(files).containsExactly(first);
        }
        assertThat(store().list().get(0).record().choiceIds()).containsExactly("mail-afspraak");
    }

    // --- AtomicFiles ---

    @Test
    void atomicWriteLeavesOnlyTheTargetFile() throws IOException {
        Path target = home.resolve("deep").resolve("er").resolve("file.json");
        AtomicFiles.write(target, "eerste".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "tweede".getBytes(StandardCharsets.UTF_8));
        assertThat(target).hasContent("tweede");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).as("no temporary files left behind").containsExactly(target);
        }
    }

    @Test
    void atomicWriteOfEmptyContentGivesAnEmptyFile() throws IOException {
        Path target = home.resolve("empty.json");
        AtomicFiles.write(target, "iets".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, new byte[0]);
        assertThat(target).isEmptyFile();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).containsExactly(target);
        }
    }

    // --- DataHome ---

    @Test
    void coachdansHomeOverridesEverything() {
        assertThat(DataHome.resolve(Map.of("COACHDANS_HOME", "/data/cd", "XDG_DATA_HOME", "/xdg"), "Linux", "/home/sam"))
                .isEqualTo(Paths.get("/data/cd"));
        assertThat(DataHome.resolve(Map.of("COACHDANS_HOME", "C:\\cd", "APPDATA", "C:\\AppData"), "Windows 11", "C:\\Users\\sam"))
                .isEqualTo(Paths.get("C:\\cd"));
    }

    @Test
    void blankCoachdansHomeIsIgnored() {
        assertThat(DataHome.resolve(Map.of("COACHDANS_HOME", "  "), "Linux", "/home/sam"))
                .isEqualTo(Paths.get("/home/sam", ".local", "share", "coachdans"));
    }

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DataHome.resolve(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/sam")).isEqualTo(Paths.get("/xdg", "coachdans"));
        assertThat(DataHome.resolve(Map.of(), "Linux", "/home/sam")).isEqualTo(Paths.get("/home/sam", ".local", "share", "coachdans"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataHome.resolve(Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/Users/sam"))
                .isEqualTo(Paths.get("/Users/sam", "Library", "Application Support", "Coachdans"));
    }

    @Test
    void windowsUsesAppDataOrTheHomeFolder() {
        assertThat(DataHome.resolve(Map.of("APPDATA", "/appdata"), "Windows 10", "/users/sam")).isEqualTo(Paths.get("/appdata", "Coachdans"));
        assertThat(DataHome.resolve(Map.of(), "Windows 10", "/users/sam")).isEqualTo(Paths.get("/users/sam", "Coachdans"));
    }
}
