package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English pass: the language, think first and a name with an accent typed in the settings, the
 * menu's screens, a session with its debrief and replay, and a restart in English: in a real
 * window under Xvfb (see {@link WindowTestDriver}).
 */
class EnglishIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theGameInEnglish() throws Exception {
        List<String> pictures = WindowFlow.run("english", 7);
        assertThat(pictures).anyMatch(n -> n.endsWith("-en.png")).anyMatch(n -> n.contains("replay")).anyMatch(n -> n.contains("debrief")).hasSizeGreaterThan(15);
    }
}
