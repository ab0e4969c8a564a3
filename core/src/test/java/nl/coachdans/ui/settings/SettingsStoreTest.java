package nl.coachdans.ui.settings;

import nl.coachdans.scenario.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void missingFileGivesDutchDefaults() {
        SettingsStore.Loaded l = new SettingsStore(home).load();
        assertThat(l.problem()).isNull();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.settings().lang()).isEqualTo(Language.NL);
    }

    @Test
    void savesAndReadsBack() throws Exception {
        SettingsStore store = new SettingsStore(home);
        Settings s = Settings.defaults().withLanguage(Language.EN).withTextSize(TextSize.EXTRA_LARGE)
                .withHighContrast(true).withThinkFirst(true).withTrainee("  Zoë Ünal  ");
        store.save(s);
        assertThat(store.load().settings()).isEqualTo(s);
        assertThat(store.load().settings().trainee()).isEqualTo("Zoë Ünal");
        assertThat(Files.readString(home.resolve("settings.json"))).contains("\"extra-large\"");
    }

    @Test
    void anUnreadableFileIsSetAsideNotDropped() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{ not json");
        SettingsStore.Loaded l = new SettingsStore(home).load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.problem()).contains("settings.json.unreadable");
        assertThat(home.resolve("settings.json.unreadable")).hasContent("{ not json");
        assertThat(home.resolve("settings.json")).doesNotExist();
    }

    @Test
    void unknownValuesFallBackSafely() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\"language\":\"fr\",\"future\":1}");
        Settings s = new SettingsStore(home).load().settings();
        assertThat(s.lang()).isEqualTo(Language.NL);
        assertThat(s.textSize()).isEqualTo(TextSize.NORMAL);
    }
}
