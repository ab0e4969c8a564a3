package nl.coachdans.desktop;

import com.badlogic.gdx.backends.lwjgl3.Lwjgl3Application;
import com.badlogic.gdx.backends.lwjgl3.Lwjgl3ApplicationConfiguration;
import nl.coachdans.record.DataHome;
import nl.coachdans.ui.CoachdansGame;
import nl.coachdans.ui.GameOptions;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
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
 * </ul>
 * Problems are reported in one line, never as a stack trace.
 */
final class GameLauncher {
    private GameLauncher() {
    }

    /** The launcher's own options. */
    record Options(boolean smoke, boolean trace, Path screenshots) { }

    static int launch(String[] args, PrintWriter out, PrintWriter err) {
        Options opts;
        try {
            opts = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("coachdans: " + e.getMessage() + "; try 'coachdans --help'");
            return 2;
        }
        if (MacLaunch.needsAsyncGlfw()) Lwjgl3ApplicationConfiguration.useGlfwAsync();
        Lwjgl3ApplicationConfiguration.errorStream = QuietErrors.over(System.err);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        GameOptions options = new GameOptions(DataHome.resolve(), opts.screenshots(), opts.smoke(),
                opts.trace() ? line -> out.println("trace: " + line) : null, out::println, jvmStart);
        try {
            new Lwjgl3Application(new CoachdansGame(options), config());
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
        Path shots = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--trace" -> trace = true;
                case "--screenshot-dir" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException("--screenshot-dir needs a folder");
                    shots = Paths.get(args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
            }
        }
        String env = System.getenv("COACHDANS_SCREENSHOTS");
        if (shots == null && env != null && !env.isBlank()) shots = Paths.get(env);
        return new Options(smoke, trace, shots);
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
