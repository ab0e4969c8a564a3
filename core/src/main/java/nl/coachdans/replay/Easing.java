package nl.coachdans.replay;

import nl.coachdans.scenario.Tempo;

/**
 * How a dancer moves from one figure to the next, by the move's tempo: a slow move glides (sine),
 * a steady one accelerates and settles (cubic), a fast one overshoots a little and springs back,
 * so tempo shows in the character of the motion as well as in its duration.
 */
public final class Easing {
    private Easing() {
    }

    /** Seconds a move takes at normal speed. */
    public static float seconds(Tempo tempo) {
        if (tempo == null) return 1.2f;
        return switch (tempo) {
            case SLOW -> 1.8f;
            case STEADY -> 1.2f;
            case FAST -> 0.7f;
        };
    }

    /** The eased position 0..1 (a fast move briefly passes 1) at time fraction {@code t} 0..1. */
    public static float of(Tempo tempo, float t) {
        float x = Math.max(0, Math.min(1, t));
        if (tempo == null) return cubicInOut(x);
        return switch (tempo) {
            case SLOW -> sineInOut(x);
            case STEADY -> cubicInOut(x);
            case FAST -> backOut(x);
        };
    }

    static float sineInOut(float t) {
        return (float) (0.5 - 0.5 * Math.cos(Math.PI * t));
    }

    public static float cubicInOut(float t) {
        if (t < 0.5f) return 4 * t * t * t;
        float u = -2 * t + 2;
        return 1 - u * u * u / 2;
    }

    static float backOut(float t) {
        float c1 = 1.3f, c3 = c1 + 1, u = t - 1;
        return 1 + c3 * u * u * u + c1 * u * u;
    }
}
