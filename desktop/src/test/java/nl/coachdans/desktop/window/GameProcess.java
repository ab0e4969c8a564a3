package nl.coachdans.desktop.window;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One running game, started from the jar with {@code --trace}. Its trace lines are read on a
 * thread; {@link #await} consumes them in order until one matches, so the test waits for what the
 * game reports it has drawn instead of sleeping.
 */
final class GameProcess implements AutoCloseable {
    private static final long TIMEOUT_SECONDS = 90;

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Deque<String> recent = new ArrayDeque<>();
    private final List<String> seen = new ArrayList<>();

    private GameProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
            } catch (IOException e) {
                lines.add("reader-failed " + e.getMessage());
            }
            lines.add("<exit>");
        }, "game-output");
        reader.setDaemon(true);
        reader.start();
    }

    static GameProcess start(Path jar, Path home, Path shots, Path assets) throws IOException {
        return start(jar, home, shots, assets, List.of());
    }

    /** Starts the game with extra launcher options (such as {@code --replay FILE}). */
    static GameProcess start(Path jar, Path home, Path shots, Path assets, List<String> extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        if (assets != null) cmd.add("-Dcoachdans.assets=" + assets);
        cmd.addAll(List.of("-jar", jar.toString(), "--trace", "--screenshot-dir", shots.toString()));
        cmd.addAll(extra);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("COACHDANS_HOME", home.toString());
        pb.environment().remove("COACHDANS_SCREENSHOTS");
        return new GameProcess(pb.start());
    }

    /** Waits for the next line starting with "trace: " + {@code prefix} and returns its rest. */
    String await(String prefix) {
        return await(prefix, l -> true);
    }

    String await(String prefix, Predicate<String> also) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            String line;
            try {
                line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            if (line == null) throw new IllegalStateException("timed out waiting for '" + prefix + "'; last lines:\n  " + String.join("\n  ", recent));
            remember(line);
            if (line.startsWith("trace: ")) seen.add(line.substring("trace: ".length()));
            if (line.equals("<exit>")) throw new IllegalStateException("the game exited while waiting for '" + prefix + "'; last lines:\n  " + String.join("\n  ", recent));
            if (line.startsWith("trace: " + prefix)) {
                String rest = line.substring(("trace: ").length());
                if (also.test(rest)) return rest;
            }
        }
    }

    /** The next node line (the conversation reports one after drawing each new node). */
    Trace awaitNode() {
        return Trace.parse(await("node "));
    }

    Trace awaitOverlay() {
        lastOverlay = await("overlay pause");
        return Trace.parse(lastOverlay);
    }

    String lastOverlay() {
        return lastOverlay;
    }

    private String lastOverlay;

    private void remember(String line) {
        recent.addLast(line);
        while (recent.size() > 15) recent.removeFirst();
    }

    /** The latest trace line already consumed that starts with {@code prefix}, or null. */
    String lastSeen(String prefix) {
        for (int i = seen.size() - 1; i >= 0; i--) if (seen.get(i).startsWith(prefix)) return seen.get(i);
        return null;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Kills the game hard, as a crash or power cut would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitForExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("the game did not exit");
        return process.exitValue();
    }

    @Override
    public void close() {
        if (!process.isAlive()) return;
        try {
            kill();
        } catch (InterruptedException e) {
            // Torn down while waiting for the game to go: it was already told to stop at once.
            Thread.currentThread().interrupt();
        }
    }
}
