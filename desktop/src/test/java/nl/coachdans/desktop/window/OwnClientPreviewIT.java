package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer's own client in a real window under Xvfb, in its own game process: listed beside the
 * built-in clients, played for two turns, edited and shown again without a restart
 * ({@link PreviewDriver}).
 */
class OwnClientPreviewIT {

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void anOwnClientIsListedPlayedAndReloadedWhenItsFileIsSaved() throws Exception {
        Path jar = Paths.get(System.getProperty("coachdans.jar", "target/coachdans.jar")).toAbsolutePath();
        Path repo = Paths.get("").toAbsolutePath().getParent();
        assertThat(jar).as("the runnable jar").exists();
        String classpath = Paths.get("target/test-classes").toAbsolutePath() + File.pathSeparator + jar;
        ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1280x720x24 -nolisten tcp",
                "java", "-cp", classpath, PreviewDriver.class.getName(), "--jar", jar.toString())
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .inheritIO();
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        assertThat(p.waitFor(7, TimeUnit.MINUTES)).as("preview test finished in time").isTrue();
        assertThat(p.exitValue()).as("preview test exit code (see its output above)").isZero();
    }
}
