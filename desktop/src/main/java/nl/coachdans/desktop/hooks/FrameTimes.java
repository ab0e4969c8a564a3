package nl.coachdans.desktop.hooks;

import java.util.Arrays;
import java.util.Locale;

/**
 * Frame-to-frame times for the replay benchmark, kept in a preallocated array so measuring adds no
 * work per frame beyond one store (no boxing, no garbage).
 */
public final class FrameTimes {
    private final long[] nanos;
    private int count;

    public FrameTimes(int capacity) {
        this.nanos = new long[capacity];
    }

    public void add(long frameNanos) {
        if (count < nanos.length) nanos[count++] = frameNanos;
    }

    public int count() {
        return count;
    }

    /** The value below which {@code p} percent of the frames fall (nearest rank), in milliseconds. */
    public double percentileMs(double p) {
        if (count == 0) return 0;
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public double medianMs() {
        return percentileMs(50);
    }

    /** How many frames took longer than {@code ms} milliseconds. */
    public int over(double ms) {
        long limit = (long) (ms * 1e6);
        int n = 0;
        for (int i = 0; i < count; i++) if (nanos[i] > limit) n++;
        return n;
    }

    /** The frames that missed a 60 Hz display's deadline, as a second line for the benchmark. */
    public String slowReport() {
        return String.format(Locale.ROOT, "replay frames over 16.7 ms: %d (%.1f%%)", over(1000.0 / 60), count == 0 ? 0.0 : 100.0 * over(1000.0 / 60) / count);
    }

    /** The line the benchmark script reads. */
    public String report() {
        return String.format(Locale.ROOT, "replay frames: %d, median %.2f ms, p99 %.2f ms", count, medianMs(), percentileMs(99));
    }
}
