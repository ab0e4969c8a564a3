package nl.coachdans.ui;

import nl.coachdans.replay.ReplayController;

import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Where the game reports what it does, one call per observable event (a screen settled, a node
 * shown, a frame begun), for the window test, the screenshots, the smoke start and the replay
 * benchmark. A plain game has {@link #NONE}, which does nothing; the test hooks are loaded (through
 * {@link ServiceLoader}) only when the launcher is started with their flags.
 */
public interface GameProbe {
    GameProbe NONE = new GameProbe() { };

    /** One observable event, in one line: {@code screen menu items=... focus=...}. */
    default void event(String line) {
    }

    /** Whether F12 asks for a picture of the next settled frame. */
    default boolean photographs() {
        return false;
    }

    /** The frame just drawn has settled; keep it as a picture called {@code name}. */
    default void photograph(String name) {
    }

    /** A frame begins, at {@code nanoTime} ({@link System#nanoTime()}). */
    default void frame(long nanoTime) {
    }

    /** A main menu was drawn for the first time. */
    default void menuDrawn() {
    }

    /** A dance replay opened. */
    default void replayOpened(ReplayController replay) {
    }

    /** The record the game was started on cannot be replayed, for this reason. */
    default void replayUnavailable(Path file, String why) {
    }

    /** What the launcher was asked for: trace lines, a screenshot folder, the smoke start, the benchmark. */
    record Request(boolean trace, Path screenshots, boolean smoke, int benchSeconds, Consumer<String> out) {
        public boolean any() {
            return trace || screenshots != null || smoke || benchSeconds > 0;
        }
    }

    /** Makes the probe for a request; registered as a service by the module that has the hooks. */
    interface Provider {
        GameProbe open(Request request);
    }

    /** The probe for {@code request}: the hooks when anything was asked for, else {@link #NONE}. */
    static GameProbe load(Request request) {
        if (!request.any()) return NONE;
        Provider p = ServiceLoader.load(Provider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("the test hooks are not in this build"));
        return p.open(request);
    }
}
