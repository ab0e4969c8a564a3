package nl.coachdans.sessions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static nl.coachdans.sessions.ReportFixtures.EXPERT;
import static nl.coachdans.sessions.ReportFixtures.T0;
import static nl.coachdans.sessions.ReportFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, #2 and #5: the game's own records folder at start. */
class RecordStoreSetAsideTest {
    @TempDir
    Path home;

    @Test
    void aSecondCorruptRecordOfTheSameNameDoesNotOverwriteTheFirstAndBothAreReported() throws IOException {
        RecordStore store = new RecordStore(home, ReportFixtures.source());
        Path records = Files.createDirectories(store.folder());
        Files.writeString(records.resolve("20250101-000000-voorbeeld-00000000.json"), "first broken");
        store.list();
        Files.writeString(records.resolve("20250101-000000-voorbeeld-00000000.json"), "second broken");
        store.list();
        assertThat(records.resolve("corrupt/20250101-000000-voorbeeld-00000000.json")).hasContent("first broken");
        assertThat(records.resolve("corrupt/20250101-000000-voorbeeld-00000000-2.json")).hasContent("second broken");
        assertThat(store.setAside()).extracting(s -> s.to().getFileName().toString())
                .containsExactly("20250101-000000-voorbeeld-00000000.json", "20250101-000000-voorbeeld-00000000-2.json");
    }

    @Test
    void aCrashLeftoverIsNoSessionAndIsCleanedAtStart() throws IOException {
        RecordStore store = new RecordStore(home, ReportFixtures.source());
        SessionRecord rec = record("a", EXPERT, "Ans", Mode.EXAM, null, T0);
        Path saved = store.save(rec);
        Path leftover = saved.resolveSibling("." + saved.getFileName() + "8123456.tmp");
        Files.copy(saved, leftover);
        List<StoredRecord> listed = store.list();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).file()).isEqualTo(saved);
        assertThat(store.cleanLeftovers()).isEqualTo(1);
        assertThat(leftover).doesNotExist();
        assertThat(saved).exists();
    }
}
