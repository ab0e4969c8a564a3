package nl.coachdans.settings;

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
        assertThat(l.problem().file()).isEqualTo(home.resolve("settings.json.unreadable"));
        assertThat(l.problem().key()).isEqualTo("settings.problem.syntax");
        assertThat(l.problem().values()).startsWith(1);
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

    @Test
    void unknownFieldsAndSizesFromALaterVersionAreSkipped() throws Exception {
        Files.writeString(home.resolve("settings.json"),
                "{\"textSize\":\"huge\",\"future\":{\"a\":[1,2,{\"b\":null}]},\"highContrast\":true,\"trainee\":\"Sam\"}");
        SettingsStore.Loaded l = new SettingsStore(home).load();
        assertThat(l.problem()).isNull();
        assertThat(l.settings()).isEqualTo(new Settings("nl", TextSize.NORMAL, true, false, "Sam"));
    }

    @Test
    void aValueOfTheWrongKindIsReportedWithItsFieldAndPlace() throws Exception {
        Files.writeString(home.resolve("settings.json"), "{\n  \"language\": \"en\",\n  \"highContrast\": \"yes\"\n}");
        SettingsStore.Loaded l = new SettingsStore(home).load();
        assertThat(l.settings()).isEqualTo(Settings.defaults());
        assertThat(l.problem().file()).isEqualTo(home.resolve("settings.json.unreadable"));
        assertThat(l.problem().key()).isEqualTo("settings.problem.notFlag");
        assertThat(l.problem().values()).startsWith("highContrast", 3);
        assertThat(home.resolve("settings.json.unreadable")).exists();
    }

    @Test
    void somethingOtherThanOneObjectIsSetAsideAndNoSetAsideIsOverwritten() throws Exception {
        String[] contents = {"[1]", "{\"language\":\"en\"} {}", "", "\"en\""};
        for (int i = 0; i < contents.length; i++) {
            String content = contents[i];
            Files.writeString(home.resolve("settings.json"), content);
            SettingsStore.Loaded l = new SettingsStore(home).load();
            Path aside = home.resolve("settings.json.unreadable" + (i == 0 ? "" : "-" + (i + 1)));
            assertThat(l.settings()).as(content).isEqualTo(Settings.defaults());
            assertThat(l.problem().file()).as(content).isEqualTo(aside);
            assertThat(aside).as(content).hasContent(content);
        }
        // The first set-aside is still there as it was.
        assertThat(home.resolve("settings.json.unreadable")).hasContent(contents[0]);
    }

    @Test
    void everyTextSizeKeepsItsCode() {
        for (TextSize s : TextSize.values()) assertThat(TextSize.fromCode(s.code())).isEqualTo(s);
        assertThat(TextSize.EXTRA_LARGE.code()).isEqualTo("extra-large");
        assertThat(TextSize.fromCode("huge")).isNull();
    }
}
