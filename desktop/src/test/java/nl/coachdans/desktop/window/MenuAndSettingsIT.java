package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu and its screens in Dutch; then in English with high contrast and the largest text, a
 * small window, and quitting from the pause overlay: in a real window under Xvfb, by keyboard
 * (see {@link WindowTestDriver}).
 */
class MenuAndSettingsIT {

    @Test
    @Timeout(value = 7, unit = TimeUnit.MINUTES)
    void menuSettingsAndASmallWindowByKeyboard() throws Exception {
        List<String> pictures = WindowFlow.run("menu", 6);
        assertThat(pictures).anyMatch(n -> n.endsWith("-nl.png")).anyMatch(n -> n.endsWith("-en.png")).anyMatch(n -> n.contains("settings")).anyMatch(n -> n.contains("progress")).hasSizeGreaterThan(12);
    }
}
