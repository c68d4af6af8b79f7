package org.recbridge.data;

/** What to do when a (user, item) pair occurs more than once in an interaction file. */
public enum DuplicatePolicy {
    /** The later row replaces the earlier one. */
    KEEP_LAST,
    /** Ratings are averaged; the latest timestamp is kept. */
    AVERAGE
}
