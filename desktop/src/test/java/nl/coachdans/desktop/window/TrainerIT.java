package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainer screen over a folder with a handed-in result, a loose record, a note and a broken
 * file, judged against the assignment with its HTML report; then in English with the folder
 * remembered: in a real window under Xvfb (see {@link WindowTestDriver}).
 */
class TrainerIT {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void theTrainerReadsAFolderAndWritesItsReport() throws Exception {
        List<String> pictures = WindowFlow.run("trainer", 5);
        assertThat(pictures).allMatch(n -> n.contains("trainer")).hasSizeGreaterThan(5);
    }
}
