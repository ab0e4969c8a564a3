package nl.coachdans.lrs;

import java.time.Duration;

/** Waits that double after each failure up to a ceiling, and start over after a success. */
public final class Backoff {
    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) throw new IllegalArgumentException("need 0 < first <= max");
        this.first = first;
        this.max = max;
        this.next = first;
    }

    /** The wait before the next try, and doubles the one after. */
    public Duration failed() {
        Duration now = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return now;
    }

    public void succeeded() {
        next = first;
    }

    public Duration max() {
        return max;
    }
}
