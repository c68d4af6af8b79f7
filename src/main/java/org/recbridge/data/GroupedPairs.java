package org.recbridge.data;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The row of each (group, member) pair while rows come grouped, as most ratings files list them (user by user,
 * or item by item): only the current group's members are held, in a table small enough to stay in cache, where
 * a table of every pair of a million-row file (tens of megabytes) misses the cache once a row. When a group's
 * rows come back after another group's, the grouping is broken and {@link #putIfAbsent} says so; the caller
 * then keeps every pair instead.
 */
final class GroupedPairs implements java.io.Serializable {
    /** {@link #putIfAbsent}'s answer when the rows are not grouped. */
    static final int UNGROUPED = -2;
    private static final int SMALL = 64;

    /** Groups that have started: one seen again after another group's rows breaks the grouping. */
    private final BitSet started = new BitSet();
    private int group = -1;
    /** Open addressing over the current group's member ids (-1 empty) and their rows. */
    private int[] members = emptyMembers(SMALL);
    private int[] rows = new int[SMALL];
    private int count;

    private static int[] emptyMembers(int capacity) {
        int[] members = new int[capacity];
        Arrays.fill(members, -1);
        return members;
    }

    /**
     * The row of the pair if the current group has it; otherwise records {@code row} as its row and returns -1;
     * {@link #UNGROUPED} when {@code group} had rows before the current group's.
     */
    int putIfAbsent(int group, int member, int row) {
        if (group != this.group) {
            if (started.get(group)) {
                return UNGROUPED;
            }
            started.set(group);
            this.group = group;
            startGroup();
        }
        int mask = members.length - 1;
        int s = mix(member) & mask;
        while (members[s] != -1) {
            if (members[s] == member) {
                return rows[s];
            }
            s = (s + 1) & mask;
        }
        members[s] = member;
        rows[s] = row;
        if (2 * ++count > members.length) {
            grow();
        }
        return -1;
    }

    /** Empties the table for a new group; one that a large group grew goes back to the small size. */
    private void startGroup() {
        count = 0;
        if (members.length > SMALL) {
            members = emptyMembers(SMALL);
            rows = new int[SMALL];
        } else {
            Arrays.fill(members, -1);
        }
    }

    private static int mix(int member) {
        int h = member * 0x9e3779b9;
        return h ^ (h >>> 16);
    }

    private void grow() {
        int[] oldMembers = members;
        int[] oldRows = rows;
        members = emptyMembers(oldMembers.length * 2);
        rows = new int[oldMembers.length * 2];
        int mask = members.length - 1;
        for (int k = 0; k < oldMembers.length; k++) {
            if (oldMembers[k] != -1) {
                int s = mix(oldMembers[k]) & mask;
                while (members[s] != -1) {
                    s = (s + 1) & mask;
                }
                members[s] = oldMembers[k];
                rows[s] = oldRows[k];
            }
        }
    }
}
