package nl.coachdans.debrief;

import java.util.List;

/**
 * A turn worth looking back on: where the option chosen made the biggest difference compared with
 * the others offered. {@code reason} says why it was picked.
 */
public record TurningPoint(int turn, String node, Reason reason, List<Alternative> options) {

    public enum Reason {
        /** A better option was offered than the one chosen. */
        BETTER_OPTION,
        /** The option chosen avoided a risk that a tempting other option would have committed. */
        RISK_AVOIDED
    }

    public TurningPoint {
        options = List.copyOf(options);
    }
}
