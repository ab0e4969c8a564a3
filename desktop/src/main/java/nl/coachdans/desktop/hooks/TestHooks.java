package nl.coachdans.desktop.hooks;

import com.badlogic.gdx.Gdx;
import nl.coachdans.replay.ReplayController;
import nl.coachdans.ui.GameProbe;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The game's test and benchmark hooks, loaded only when the launcher is started with
 * {@code --trace}, {@code --screenshot-dir}, {@code --smoke} or {@code --bench-replay}:
 * <ul>
 *   <li>trace: prints {@code trace: LINE} per event, so the window test waits for what was drawn;</li>
 *   <li>screenshots: F12 writes the settled frame as a PNG and reports {@code shot FILE};</li>
 *   <li>smoke: prints {@code first menu frame: N ms} (since JVM start) at the first menu and exits;</li>
 *   <li>bench: the replay plays itself in a loop, its frame times are measured (see {@link BenchRun}),
 *       reported and the game exits.</li>
 * </ul>
 */
public final class TestHooks implements GameProbe {
    private final Consumer<String> trace;
    private final Screenshots shots;
    private final boolean smoke;
    private final BenchRun bench;
    private final Consumer<String> out;
    /** The benchmark measures the replay's frames only, not the loading screen's before it. */
    private boolean replaying;

    TestHooks(GameProbe.Request request) {
        this.out = request.out() == null ? line -> { } : request.out();
        this.trace = request.trace() ? line -> out.accept("trace: " + line) : null;
        this.shots = request.screenshots() == null ? null : new Screenshots(request.screenshots());
        this.smoke = request.smoke();
        this.bench = request.benchSeconds() > 0 ? new BenchRun(request.benchSeconds()) : null;
    }

    @Override
    public void event(String line) {
        if (trace != null) trace.accept(line);
    }

    @Override
    public boolean photographs() {
        return shots != null;
    }

    @Override
    public void photograph(String name) {
        if (shots == null) return;
        try {
            Path file = shots.take(name);
            event("shot " + file.getFileName());
        } catch (java.io.IOException | RuntimeException e) {
            event("shot-failed " + e.getMessage());
        }
    }

    @Override
    public void menuDrawn() {
        if (!smoke) return;
        // The clock first, then the JVM's start time, in the bare window's order: loading the
        // management classes is not part of the frame (and earlier it would delay the window).
        long now = System.currentTimeMillis();
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        out.accept("first menu frame: " + (now - start) + " ms");
        Gdx.app.exit();
    }

    @Override
    public void replayOpened(ReplayController replay) {
        if (bench == null) return;
        replay.loop(true);
        replay.handle(ReplayController.Intent.FASTER);
        replay.handle(ReplayController.Intent.FASTER);
        replay.handle(ReplayController.Intent.TOGGLE_PLAY);
        replaying = true;
    }

    @Override
    public void frame(long nanoTime) {
        if (bench == null || !replaying || bench.finished()) return;
        bench.frame(nanoTime);
        if (bench.finished()) {
            out.accept(bench.report());
            out.accept(bench.slowReport());
            out.accept(bench.allocationReport());
            Gdx.app.exit();
        }
    }

    @Override
    public void replayUnavailable(Path file, String why) {
        if (bench == null) return;
        out.accept("replay bench: cannot replay " + file + ": " + why);
        Gdx.app.exit();
    }

    /** Registered in META-INF/services, so the game finds the hooks only when it asks for them. */
    public static final class Provider implements GameProbe.Provider {
        @Override
        public GameProbe open(GameProbe.Request request) {
            return new TestHooks(request);
        }
    }
}
