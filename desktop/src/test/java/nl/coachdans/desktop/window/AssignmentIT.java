package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exam assignment from start to handed-in result, with its refusals and files opened by path;
 * then {@code coachdans open RESULT} in English: in a real window under Xvfb (see
 * {@link WindowTestDriver}).
 */
class AssignmentIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void anAssignmentFromStartToHandedInResult() throws Exception {
        List<String> pictures = WindowFlow.run("assignment", 7);
        assertThat(pictures).anyMatch(n -> n.contains("assignment")).anyMatch(n -> n.contains("result")).hasSizeGreaterThan(10);
    }
}
