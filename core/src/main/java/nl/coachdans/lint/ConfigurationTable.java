package nl.coachdans.lint;

import java.util.Arrays;

/**
 * Numbers configurations, each a fixed number of ints, in the order they are first added. The
 * explorers meet a hundred thousand of them in a large scenario; a map of boxed keys spent its time
 * allocating and following pointers, so this keeps them in one flat array and finds them by open
 * addressing over a table of numbers.
 */
final class ConfigurationTable {
    private final int width;
    /** Configuration {@code n} occupies {@code [n * width, (n + 1) * width)}. */
    private int[] values;
    /**
     * Per slot: the configuration's hash in the high half and its number + 1 in the low half, 0 when
     * free; a power of two, at most half full. With the hash at hand a probe reads the configuration
     * itself only when the hashes agree.
     */
    private long[] slots;
    private int size;

    ConfigurationTable(int width) {
        this(width, 1024);
    }

    ConfigurationTable(int width, int expected) {
        if (width < 1) throw new IllegalArgumentException("a configuration needs at least one int");
        this.width = width;
        this.values = new int[Math.max(1, expected) * width];
        this.slots = new long[Math.max(16, Integer.highestOneBit(Math.max(1, expected) * 2 - 1) * 2)];
    }

    int size() {
        return size;
    }

    /** The number of this configuration, or -1 when it was never added. */
    int find(int[] config) {
        int h = hash(config, 0, width);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) return -1;
            if ((int) (slot >>> 32) == h && same((int) slot - 1, config)) return (int) slot - 1;
        }
    }

    /** Adds a configuration that {@link #find} does not know and returns its number. */
    int add(int[] config) {
        if (config.length != width) throw new IllegalArgumentException("configuration of " + config.length + " ints, expected " + width);
        if ((size + 1) * 2 > slots.length) grow();
        if ((size + 1) * width > values.length) values = Arrays.copyOf(values, values.length * 2);
        int n = size++;
        System.arraycopy(config, 0, values, n * width, width);
        place(hash(config, 0, width), n, slots);
        return n;
    }

    /** A plain loop: configurations are a handful of ints, too few for a bulk compare to pay. */
    private boolean same(int n, int[] config) {
        int base = n * width;
        for (int i = 0; i < width; i++) {
            if (values[base + i] != config[i]) return false;
        }
        return true;
    }

    /** Copies configuration {@code n} into {@code into}. */
    void read(int n, int[] into) {
        System.arraycopy(values, n * width, into, 0, width);
    }

    /** One int of configuration {@code n}. */
    int get(int n, int index) {
        return values[n * width + index];
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long slot : slots) {
            if (slot != 0) place((int) (slot >>> 32), (int) slot - 1, bigger);
        }
        slots = bigger;
    }

    private static void place(int hash, int n, long[] into) {
        int mask = into.length - 1;
        int i = hash & mask;
        while (into[i] != 0) i = (i + 1) & mask;
        into[i] = (long) hash << 32 | (n + 1);
    }

    /** Mixes every int in, then spreads the bits so nearby configurations land apart. */
    static int hash(int[] a, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) h = (h + a[i]) * 0x9E3779B9;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
