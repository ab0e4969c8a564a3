package nl.coachdans.desktop.window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real key events through xdotool (XTEST): exactly what a keyboard produces, delivered to the
 * focused game window; and window resizing, as a user dragging the window border would.
 */
final class Xdotool {
    private Xdotool() {
    }

    /**
     * Finds the window of the game with this process id (GLFW sets _NET_WM_PID), waiting until it
     * exists, and gives it the keyboard focus; another Coachdans window on the display is ignored.
     */
    static void focusGame(long pid) throws IOException, InterruptedException {
        String id = run("xdotool", "search", "--sync", "--pid", String.valueOf(pid), "--name", "^Coachdans$").strip().split("\\s+")[0];
        run("xdotool", "windowfocus", "--sync", id);
        // Park the pointer in a corner so no button shows a hover look in the screenshots.
        run("xdotool", "mousemove", "0", "0");
    }

    static void resizeGame(long pid, int width, int height) throws IOException, InterruptedException {
        String id = run("xdotool", "search", "--sync", "--pid", String.valueOf(pid), "--name", "^Coachdans$").strip().split("\\s+")[0];
        run("xdotool", "windowsize", "--sync", id, String.valueOf(width), String.valueOf(height));
    }

    static void press(String... keys) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("xdotool", "key", "--delay", "60"));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    static void type(String text) throws IOException, InterruptedException {
        run("xdotool", "type", "--delay", "40", text);
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        return out;
    }
}
