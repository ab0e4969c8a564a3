package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The debrief (PEARLS) and the dance replay by keyboard; a past session's replay in English with
 * the largest text in a small window; and {@code coachdans replay RECORD}: in a real window under
 * Xvfb (see {@link WindowTestDriver}).
 */
class DebriefAndReplayIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void theDebriefAndTheReplayByKeyboard() throws Exception {
        List<String> pictures = WindowFlow.run("debrief", 7);
        assertThat(pictures).anyMatch(n -> n.contains("debrief")).anyMatch(n -> n.contains("replay")).anyMatch(n -> n.contains("-note")).hasSizeGreaterThan(15);
    }
}
