package nl.coachdans.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered folders: saved and read back, and a broken file is ignored instead of stopping anything. */
class FolderMemoryTest {
    @TempDir
    Path home;

    @Test
    void remembersWhatWasSaved() {
        FolderMemory m = new FolderMemory(home);
        assertThat(m.load()).isEqualTo(FolderMemory.Folders.NONE);
        assertThat(m.save(m.load().withClassFolder("/tmp/klas").withResultFolder("/tmp/out"))).isNull();
        assertThat(m.save(m.load().withReportAssignment("/tmp/a.yaml"))).isNull();
        assertThat(new FolderMemory(home).load()).isEqualTo(new FolderMemory.Folders("/tmp/klas", "/tmp/a.yaml", "/tmp/out"));
        assertThat(Files.exists(home.resolve("settings.json"))).isFalse(); // the settings file is not touched
    }

    @Test
    void anUnreadableFileIsIgnored() throws Exception {
        Files.writeString(home.resolve("folders.json"), "{ broken");
        assertThat(new FolderMemory(home).load()).isEqualTo(FolderMemory.Folders.NONE);
        Files.writeString(home.resolve("folders.json"), "{\"classFolder\": \"/k\", \"fromANewerVersion\": 1}");
        assertThat(new FolderMemory(home).load().classFolder()).isEqualTo("/k");
    }
}
