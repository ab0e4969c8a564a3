package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leonie's expert path in Dutch with every node photographed and one step back, then an exam
 * killed mid-session and resumed at the same node: in a real window under Xvfb (see
 * {@link WindowTestDriver}).
 */
class ConversationIT {

    @Test
    @Timeout(value = 7, unit = TimeUnit.MINUTES)
    void aConversationToTheDebriefAndAKilledExamResumed() throws Exception {
        List<String> pictures = WindowFlow.run("conversation", 6);
        assertThat(pictures).anyMatch(n -> n.contains("conversation")).anyMatch(n -> n.contains("menu-resume")).anyMatch(n -> n.contains("debrief")).hasSizeGreaterThan(10);
    }
}
