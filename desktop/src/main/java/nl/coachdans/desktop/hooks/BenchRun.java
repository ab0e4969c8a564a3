package nl.coachdans.desktop.hooks;

/**
 * The replay benchmark ({@code --bench-replay}): the replay plays itself in a loop, the time between
 * frames is recorded after a warm-up (fonts, first textures and the JIT settle), and after the
 * given seconds the median and 99th percentile are reported.
 */
final class BenchRun {
    private static final long WARM_UP_NANOS = 2_000_000_000L;

    private final long measureNanos;
    private final FrameTimes times;
    private long start;
    private long last;
    private long allocatedAtStart = -1;
    private long allocatedAtEnd = -1;

    BenchRun(int seconds) {
        int s = Math.max(1, seconds);
        this.measureNanos = s * 1_000_000_000L;
        // Room for 5000 frames a second: far more than any display shows.
        this.times = new FrameTimes(s * 5000);
    }

    /** Called once per frame with the current time. */
    void frame(long now) {
        if (start == 0) start = now;
        else if (now - start > WARM_UP_NANOS) {
            if (allocatedAtStart < 0) allocatedAtStart = allocated();
            times.add(now - last);
        }
        last = now;
        if (finished() && allocatedAtEnd < 0) allocatedAtEnd = allocated();
    }

    /** Bytes allocated by this (the render) thread so far, or -1 where the JVM cannot tell. */
    private static long allocated() {
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            return t.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    boolean finished() {
        return start != 0 && last - start > WARM_UP_NANOS + measureNanos;
    }

    String report() {
        return times.report();
    }

    String slowReport() {
        return times.slowReport();
    }

    /** Garbage per frame on the render thread while measuring, turn changes (new words) included. */
    String allocationReport() {
        if (allocatedAtStart < 0 || allocatedAtEnd < 0 || times.count() == 0) return "replay allocation: not measured";
        return String.format(java.util.Locale.ROOT, "replay allocation: %d bytes per frame on the render thread (turn changes included)",
                (allocatedAtEnd - allocatedAtStart) / times.count());
    }
}
