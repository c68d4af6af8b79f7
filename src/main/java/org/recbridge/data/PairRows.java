package org.recbridge.data;

import java.util.Arrays;

/**
 * The row of each (user, item) pair, as an open-addressing table of primitive keys and values. A
 * {@code HashMap<Long, Integer>} here cost three objects per row, which a million-row import kept copying
 * between young-generation spaces (a sixth of inspect's time went to GC pauses).
 */
final class PairRows {
    private static final long EMPTY = -1L; // never a key: user and item ids are not negative
    private long[] keys = newKeys(1 << 12);
    private int[] rows = new int[1 << 12];
    private int size;

    private static long[] newKeys(int capacity) {
        long[] keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        return keys;
    }

    private static long key(int user, int item) {
        return ((long) user << 32) | (item & 0xffffffffL);
    }

    /** Where a key is, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        // multiplying by an odd constant spreads the bits; the high half of the product is the best mixed
        int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (keys[s] != EMPTY && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The row of the pair, or -1. */
    int get(int user, int item) {
        long key = key(user, item);
        int s = slot(key);
        return keys[s] == key ? rows[s] : -1;
    }

    /** Records the row of a pair not yet present. */
    void put(int user, int item, int row) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        long key = key(user, item);
        int s = slot(key);
        keys[s] = key;
        rows[s] = row;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = newKeys(oldKeys.length * 2);
        rows = new int[oldKeys.length * 2];
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY) {
                int to = slot(oldKeys[s]);
                keys[to] = oldKeys[s];
                rows[to] = oldRows[s];
            }
        }
    }

    PairRows copy() {
        PairRows out = new PairRows();
        out.keys = keys.clone();
        out.rows = rows.clone();
        out.size = size;
        return out;
    }
}
