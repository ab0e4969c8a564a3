package nl.coachdans.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How the launcher starts the game. {@code trace} receives one line per observable event (a
 * screen drawn, a node shown, a screenshot written) so the window test can wait for events instead
 * of sleeping; it is a no-op unless asked for.
 */
public record GameOptions(Path home, Path screenshotDir, boolean smoke, Consumer<String> trace, Consumer<String> out) {

    public GameOptions {
        trace = trace == null ? line -> { } : trace;
        out = out == null ? line -> { } : out;
    }
}
