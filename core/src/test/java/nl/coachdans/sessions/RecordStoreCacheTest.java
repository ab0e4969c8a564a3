package nl.coachdans.sessions;

import nl.coachdans.catalog.ScenarioSource;
import nl.coachdans.scenario.Fixtures;
import nl.coachdans.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static nl.coachdans.sessions.ReportFixtures.CURRICULUM;
import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.HALF;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.VOORBEELD;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

/** A menu visit lists the records without reading and re-scoring the ones that did not change. */
class RecordStoreCacheTest {
    @TempDir
    Path home;

    /** The scenario the store finds; a test swaps it to change the content. */
    private final AtomicReference<Scenario> current = new AtomicReference<>(VOORBEELD);
    private final ScenarioSource source = id -> id.equals(VOORBEELD.id())
            ? Optional.of(new ScenarioSource.Playable(current.get(), CURRICULUM)) : Optional.empty();
    /** Every file the store read (and so re-scored), in order. */
    private final List<Path> reads = new ArrayList<>();

    private RecordStore store() {
        RecordReader reader = new RecordReader(source);
        return new RecordStore(home, source, file -> {
            reads.add(file);
            return reader.read(file);
        });
    }

    @Test
    void aSecondListReadsNothingThatDidNotChange() throws IOException {
        RecordStore store = store();
        store.save(record("a", EXPERT, "Ans", Mode.PRACTICE, null, T0));
        store.save(record("b", HALF, "Ans", Mode.PRACTICE, null, T0.plusSeconds(3600)));

        List<StoredRecord> first = store.list();
        assertThat(reads).hasSize(2);
        List<StoredRecord> second = store.list();
        assertThat(reads).hasSize(2);
        assertThat(second).containsExactlyElementsOf(first);
        assertThat(second).extracting(StoredRecord::status).containsOnly(RecordStatus.OK);
    }

    @Test
    void aChangedFileIsReadAgainAndOnlyThatOne() throws IOException {
        RecordStore store = store();
        Path a = store.save(record("a", EXPERT, "Ans", Mode.PRACTICE, null, T0));
        Path b = store.save(record("b", HALF, "Ans", Mode.PRACTICE, null, T0.plusSeconds(3600)));
        store.list();
        reads.clear();

        // Changed behind the store's back: the same record written compactly (another size), then
        // the same bytes again with only a new time.
        SessionRecord rec = RecordReader.json().readValue(a.toFile(), SessionRecord.class);
        Files.write(a, new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsBytes(rec));
        assertThat(store.list()).hasSize(2);
        assertThat(reads).containsExactly(a);

        reads.clear();
        Files.setLastModifiedTime(b, FileTime.from(T0));
        store.list();
        assertThat(reads).containsExactly(b);
    }

    @Test
    void changedContentIsReScoredAndAFileThatIsGoneIsNoLongerListed() throws IOException {
        RecordStore store = store();
        Path a = store.save(record("a", EXPERT, "Ans", Mode.PRACTICE, null, T0));
        Path b = store.save(record("b", HALF, "Ans", Mode.PRACTICE, null, T0.plusSeconds(3600)));
        store.list();
        reads.clear();

        // Words only: the same content for scoring, nothing is read again.
        current.set(Fixtures.scenario(Fixtures.replaceOnce(Fixtures.voorbeeldText(), "Stilte geeft haar ruimte", "Zwijgen geeft haar ruimte")));
        store.list();
        assertThat(reads).isEmpty();

        current.set(Fixtures.scenario(Fixtures.replaceOnce(Fixtures.voorbeeldText(), "effects: {rapport: -2}", "effects: {rapport: -3}")));
        List<StoredRecord> listed = store.list();
        assertThat(reads).containsExactlyInAnyOrder(a, b);
        assertThat(listed).allSatisfy(s -> assertThat(s.message()).contains("other content"));

        reads.clear();
        Files.delete(a);
        assertThat(store.list()).extracting(StoredRecord::file).containsExactly(b);
        assertThat(reads).isEmpty();
    }

    @Test
    void aCorruptFileIsSetAsideOnceAndStaysReported() throws IOException {
        RecordStore store = store();
        Path records = Files.createDirectories(store.folder());
        Path broken = records.resolve("20250101-000000-voorbeeld-00000000.json");
        Files.writeString(broken, "{ not a record");

        List<StoredRecord> first = store.list();
        assertThat(first).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(RecordStatus.CORRUPT);
            assertThat(s.message()).contains("was moved to");
        });
        assertThat(broken).doesNotExist();
        assertThat(reads).containsExactly(broken);

        assertThat(store.list()).isEmpty();
        assertThat(reads).hasSize(1);
        assertThat(store.setAside()).singleElement().satisfies(s -> assertThat(s.from()).isEqualTo(broken));
    }
}
