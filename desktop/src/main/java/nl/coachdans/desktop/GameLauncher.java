package nl.coachdans.desktop;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import nl.coachdans.files.DataHome;
import nl.coachdans.ui.CoachdansGame;
import nl.coachdans.ui.GameOptions;
import nl.coachdans.ui.GameProbe;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Starts the game window (LWJGL3): resizable, 1280x720, titled "Coachdans".
 * <ul>
 *   <li>{@code --smoke}: open the window, draw the main menu once, print
 *       {@code first menu frame: N ms} (since JVM start) and exit 0.</li>
 *   <li>{@code --screenshot-dir DIR}: F12 writes the current frame as a PNG into DIR.</li>
 *   <li>{@code --trace}: print one {@code trace: ...} line per screen, node and screenshot, so the
 *       window test can wait for events instead of sleeping.</li>
 *   <li>{@code --open FILE}: open an assignment, result file, session record or class folder once
 *       the content is loaded ({@code coachdans open FILE}). A file dropped on the window opens the
 *       same way.</li>
 *   <li>{@code --replay FILE}: open the game on the dance replay of a session record
 *       ({@code coachdans replay RECORD}); leaving it goes to the main menu.</li>
 *   <li>{@code --bench-replay FILE [--bench-seconds N]}: play that replay in a loop for N seconds
 *       (default 20) with vsync and the frame cap off, print
 *       {@code replay frames: N, median X ms, p99 Y ms} and exit (see bench/replay-fps.sh).</li>
 * </ul>
 * {@code --smoke}, {@code --screenshot-dir} (or {@code COACHDANS_SCREENSHOTS}), {@code --trace} and
 * {@code --bench-replay} load the test hooks ({@code nl.coachdans.desktop.hooks.TestHooks}); a plain
 * start has none. Problems are reported in one line, never as a stack trace.
 */
public final class GameLauncher {
    private GameLauncher() {
    }

    /** The launcher's own options. */
    record Options(boolean smoke, boolean trace, Path screenshots, Path open, Path replay, int benchSeconds) { }

    /** Starts the game with launcher options ({@code --open FILE}, {@code --trace} ...); returns the exit code. */
    public static int launch(String[] args, PrintWriter out, PrintWriter err) {
        Options opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("coachdans: " + e.getMessage() + "; try 'coachdans --help'");
            return 2;
        }
        if (MacLaunch.needsAsyncGlfw()) Lwjgl3ApplicationConfiguration.useGlfwAsync();
        Lwjgl3ApplicationConfiguration.errorStream = QuietErrors.over(System.err);
        try {
            // The test and benchmark hooks are loaded only when one of their flags asks for them.
            GameProbe probe = GameProbe.load(new GameProbe.Request(opts.trace(), opts.screenshots(), opts.smoke(), opts.benchSeconds(), out::println));
            CoachdansGame game = new CoachdansGame(new GameOptions(DataHome.resolve(), probe),
                    opts.replay() == null ? null : new nl.coachdans.ui.replay.ReplayLaunch(opts.replay().toAbsolutePath()));
            if (opts.open() != null) game.openWhenReady(opts.open().toAbsolutePath());
            Lwjgl3ApplicationConfiguration config = config();
            if (opts.benchSeconds() > 0) {
                // The benchmark measures what a frame costs, so nothing may wait for the display.
                config.useVsync(false);
                config.setForegroundFPS(0);
                config.setIdleFPS(0);
            }
            config.setWindowListener(new DropToOpen(game));
            new Lwjgl3Application(game, config);
            return 0;
        } catch (RuntimeException | LinkageError e) {
            err.println("coachdans: the game could not run: " + describe(e));
            // Developers can ask for the details; trainees get the one line above.
            if ("1".equals(System.getenv("COACHDANS_DEBUG"))) e.printStackTrace(err);
            else err.println("coachdans: set COACHDANS_DEBUG=1 for details");
            return 1;
        }
    }

    static Options parse(String[] args) {
        boolean smoke = false, trace = false;
        Path shots = null, open = null, replay = null;
        int bench = 0, benchSeconds = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--trace" -> trace = true;
                case "--screenshot-dir" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("--screenshot-dir needs a folder");
                    shots = Paths.get(args[++i]);
                }
                case "--open" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("--open needs a file");
                    open = Paths.get(args[++i]);
                }
                case "--replay", "--bench-replay" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs a session record file");
                    if (args[i].equals("--bench-replay")) bench = 1;
                    replay = Paths.get(args[++i]);
                }
                case "--bench-seconds" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("--bench-seconds needs a number");
                    try {
                        benchSeconds = Integer.parseInt(args[++i]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--bench-seconds needs a whole number of seconds, not '" + args[i] + "'");
                    }
                    if (benchSeconds < 1 || benchSeconds > 600) throw new IllegalArgumentException("--bench-seconds must be 1 to 600");
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        String env = System.getenv("COACHDANS_SCREENSHOTS");
        if (shots == null && env != null && !env.isBlank()) shots = Paths.get(env);
        if (replay != null && !java.nio.file.Files.isRegularFile(replay)) throw new IllegalArgumentException(replay + ": no such file");
        return new Options(smoke, trace, shots, open, replay, bench == 1 ? benchSeconds : 0);
    }

    /** Opens the first file dropped on the window, on the render thread, like {@code --open}. */
    private static final class DropToOpen extends com.badlogic.gdx.backends.lwjgl3.Lwjgl3WindowAdapter {
        private final CoachdansGame game;

        DropToOpen(CoachdansGame game) {
            this.game = game;
        }

        @Override
        public void filesDropped(String[] files) {
            if (files == null || files.length == 0) return;
            Path first = Paths.get(files[0]);
            com.badlogic.gdx.Gdx.app.postRunnable(() -> game.openWhenReady(first));
        }
    }

    static Lwjgl3ApplicationConfiguration config() {
        Lwjgl3ApplicationConfiguration c = new Lwjgl3ApplicationConfiguration();
        c.setTitle("Coachdans");
        c.setWindowedMode(1280, 720);
        c.setResizable(true);
        c.setWindowSizeLimits(800, 520, -1, -1);
        c.useVsync(true);
        c.setForegroundFPS(60);
        // The game has no sound; skipping OpenAL avoids audio errors on machines without a device.
        c.disableAudio(true);
        return c;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String lower = msg.toLowerCase(Locale.ROOT);
        if (lower.contains("glfw") || lower.contains("display") || lower.contains("opengl")) {
            return msg + " (is there a display with OpenGL 2.0 or newer? under CI use xvfb-run)";
        }
        return msg;
    }
}
