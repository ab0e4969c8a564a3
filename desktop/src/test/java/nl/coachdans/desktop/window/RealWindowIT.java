package nl.coachdans.desktop.window;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real-window test, run by {@code mvn verify} after the jar is built: {@link WindowTestDriver}
 * under Xvfb plays Leonie's expert path with real key events, kills and resumes a session, reaches
 * the debrief and saves a PNG of every screen in Dutch and English under {@code target/screenshots}.
 */
class RealWindowIT {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void playsLeonieByKeyboardInARealWindow() throws Exception {
        Path jar = Paths.get(System.getProperty("coachdans.jar", "target/coachdans.jar")).toAbsolutePath();
        Path repo = Paths.get("").toAbsolutePath().getParent();
        Path shots = repo.resolve("target/screenshots");
        assertThat(jar).as("the runnable jar").exists();
        String classpath = Paths.get("target/test-classes").toAbsolutePath() + File.pathSeparator + jar;
        ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1280x720x24 -nolisten tcp",
                "java", "-cp", classpath, WindowTestDriver.class.getName(),
                "--jar", jar.toString(), "--out", shots.toString(), "--scenario", "leonie")
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .inheritIO();
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        assertThat(p.waitFor(14, TimeUnit.MINUTES)).as("window test finished in time").isTrue();
        assertThat(p.exitValue()).as("window test exit code (see its output above)").isZero();
        List<String> pngs;
        try (Stream<Path> s = Files.list(shots)) {
            pngs = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).toList();
        }
        assertThat(pngs).anyMatch(n -> n.contains("-nl")).anyMatch(n -> n.contains("-en"))
                .anyMatch(n -> n.contains("debrief")).hasSizeGreaterThan(20);
    }
}
