package nl.coachdans.desktop.window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one flow of {@link WindowTestDriver} under its own Xvfb, with its own data folder and game
 * processes, so a failing flow is reported on its own and does not stop the others. Its pictures go
 * to {@code target/screenshots/FLOW/}.
 */
final class WindowFlow {
    private WindowFlow() {
    }

    /** Runs the flow to its end; returns the names of the pictures it took. */
    static List<String> run(String flow, int minutes) throws IOException, InterruptedException {
        Path jar = Paths.get(System.getProperty("coachdans.jar", "target/coachdans.jar")).toAbsolutePath();
        Path repo = Paths.get("").toAbsolutePath().getParent();
        Path shots = repo.resolve("target/screenshots").resolve(flow);
        assertThat(jar).as("the runnable jar").exists();
        clear(shots);
        String classpath = Paths.get("target/test-classes").toAbsolutePath() + File.pathSeparator + jar;
        ProcessBuilder pb = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1280x720x24 -nolisten tcp",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, WindowTestDriver.class.getName(),
                "--jar", jar.toString(), "--out", shots.toString(), "--scenario", "leonie", "--flow", flow)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .inheritIO();
        pb.environment().remove("DISPLAY");
        Process p = pb.start();
        boolean finished = p.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) p.destroyForcibly();
        assertThat(finished).as("the " + flow + " flow finished within " + minutes + " minutes").isTrue();
        assertThat(p.exitValue()).as("the " + flow + " flow's exit code (see its output above)").isZero();
        try (Stream<Path> s = Files.list(shots)) {
            return s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    /** Pictures of an earlier run must not count for this one. */
    private static void clear(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }
}
