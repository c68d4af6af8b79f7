package org.recbridge.data;

import java.util.Arrays;

/**
 * The row of each (user, item) pair, as an open-addressing table of primitive keys and values. A
 * {@code HashMap<Long, Integer>} here cost three objects per row, which a million-row import kept copying
 * between young-generation spaces (a sixth of inspect's time went to GC pauses).
 */
final class PairRows implements java.io.Serializable {
    private static final long EMPTY = -1L; // never a key: user and item ids are not negative
    /**
     * Slot s is the key at 2s and its row at 2s + 1: a probe of a table far larger than the cache then misses
     * once, not once for the key and again for the row (a tenth of a million-row import's time).
     */
    private long[] slots;
    private int size;

    PairRows() {
        this(0);
    }

    /** Sized for {@code expected} pairs, so that filling it does not rehash what it holds again and again. */
    PairRows(int expected) {
        int capacity = 1 << 12;
        while (3L * capacity < 4L * expected) { // as full as grow allows: three quarters
            capacity *= 2;
        }
        slots = newSlots(capacity);
    }

    private static long[] newSlots(int capacity) {
        long[] slots = new long[2 * capacity];
        Arrays.fill(slots, EMPTY);
        return slots;
    }

    private static long key(int user, int item) {
        return ((long) user << 32) | (item & 0xffffffffL);
    }

    /**
     * MurmurHash3's finaliser: a plain multiplicative hash of (user << 32 | item) is close to linear in user and
     * item, which can line the pairs of a ratings file up in runs of neighbouring slots.
     */
    private static long mix(long key) {
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The index in {@link #slots} of a key, or of the empty slot where it would go. */
    private static int slot(long[] slots, long key) {
        int mask = slots.length / 2 - 1;
        int s = (int) mix(key) & mask;
        while (slots[2 * s] != EMPTY && slots[2 * s] != key) {
            s = (s + 1) & mask;
        }
        return 2 * s;
    }

    /** The row of the pair if it has one; otherwise records {@code row} as its row and returns -1. One probe. */
    int putIfAbsent(int user, int item, int row) {
        long key = key(user, item);
        int s = slot(slots, key);
        if (slots[s] == key) {
            return (int) slots[s + 1];
        }
        slots[s] = key;
        slots[s + 1] = row;
        if (8 * ++size > 3 * slots.length) { // three quarters full: a probe's neighbours share its cache line
            grow();
        }
        return -1;
    }

    /** The row of the pair, or -1 when it has none. */
    int get(int user, int item) {
        long key = key(user, item);
        int s = slot(slots, key);
        return slots[s] == key ? (int) slots[s + 1] : -1;
    }

    private void grow() {
        long[] old = slots;
        slots = newSlots(old.length);
        for (int s = 0; s < old.length; s += 2) {
            if (old[s] != EMPTY) {
                int to = slot(slots, old[s]);
                slots[to] = old[s];
                slots[to + 1] = old[s + 1];
            }
        }
    }
}
