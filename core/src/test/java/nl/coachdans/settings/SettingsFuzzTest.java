package nl.coachdans.settings;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Fuzzes settings.json (issue 13): settings or a reason the store can show, never another exception. */
class SettingsFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void settings(byte[] data) {
        try {
            assertThat(SettingsJson.read(data)).isNotNull();
        } catch (SettingsStore.Unreadable expected) {
            // a reason with a key for the strings: the store sets the file aside and says why
        } catch (IOException parse) {
            // malformed JSON: the store sets the file aside and shows where
        }
    }
}
