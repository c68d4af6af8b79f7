package org.recbridge.data;

import java.util.Arrays;

/**
 * The row of each (user, item) pair, as an open-addressing table of primitive keys and values. A
 * {@code HashMap<Long, Integer>} here cost three objects per row, which a million-row import kept copying
 * between young-generation spaces (a sixth of inspect's time went to GC pauses).
 */
final class PairRows implements java.io.Serializable {
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

    /** Where a key is, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int s = (int) mix(key) & mask;
        while (keys[s] != EMPTY && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The row of the pair if it has one; otherwise records {@code row} as its row and returns -1. One probe. */
    int putIfAbsent(int user, int item, int row) {
        long key = key(user, item);
        int s = slot(key);
        if (keys[s] == key) {
            return rows[s];
        }
        keys[s] = key;
        rows[s] = row;
        if (2 * ++size > keys.length) {
            grow();
        }
        return -1;
    }

    /** The row of the pair, or -1 when it has none. */
    int get(int user, int item) {
        long key = key(user, item);
        int s = slot(key);
        return keys[s] == key ? rows[s] : -1;
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
