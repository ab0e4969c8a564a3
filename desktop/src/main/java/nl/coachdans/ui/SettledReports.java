package nl.coachdans.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a screen reports about itself, held until its frame has settled (layout and scrolling done),
 * so what a test reads or photographs is what the trainee sees: the screen's own line first, then a
 * picture when one was asked for (keys pressed meanwhile wait for it), then the events in order.
 * Plain Java; the screen says when a frame settled.
 */
final class SettledReports {

    /** A key event held back while a picture waits: pressed, released or typed. */
    record HeldKey(Kind kind, int code) {
        enum Kind { DOWN, UP, TYPED }
    }

    /** What a settled frame asks of the screen, in this order. */
    interface Screen {
        /** The line that says which screen this is, what can be focused and what is. */
        String screenLine();

        /** Once, on the first settled frame, after the screen line is queued. */
        void firstSettled();

        /** Keep the settled frame as a picture. */
        void photograph();

        /** A key held back while the picture waited, handed over again. */
        void replay(HeldKey key);
    }

    private final List<String> pending = new ArrayList<>();
    private final List<HeldKey> held = new ArrayList<>();
    private boolean settledOnce;
    private boolean shotAsked;

    /** An event, written once the frame that shows it has settled. */
    void report(String line) {
        pending.add(line);
    }

    /** F12: a picture of the next settled frame. */
    void askShot() {
        shotAsked = true;
    }

    /** Holds a key event back while a picture waits (it shows the moment of F12); false when none waits. */
    boolean hold(HeldKey.Kind kind, int code) {
        if (!shotAsked) return false;
        held.add(new HeldKey(kind, code));
        return true;
    }

    /** The frame has settled: the screen line (the first time), the picture, the held keys, the events. */
    void settled(Screen screen, Consumer<String> out) {
        if (!settledOnce) {
            settledOnce = true;
            // The screen line goes first, before what its build queued (a node, a resume offer).
            pending.add(0, screen.screenLine());
            screen.firstSettled();
        }
        if (shotAsked) {
            shotAsked = false;
            screen.photograph();
            List<HeldKey> keys = List.copyOf(held);
            held.clear();
            for (HeldKey k : keys) screen.replay(k);
        }
        List<String> lines = List.copyOf(pending);
        pending.clear();
        for (String line : lines) out.accept(line);
    }
}
