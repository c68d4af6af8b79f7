package org.recbridge.data.io;

import java.util.ArrayList;
import java.util.List;

import org.recbridge.data.DataFormatException;

/** Counts skipped bad rows and keeps the first few messages; without skipping, the first one is thrown. */
final class BadRows {
    static final int KEPT_MESSAGES = 5;

    private final boolean skip;
    private final List<String> messages = new ArrayList<>();
    private long count;

    BadRows(boolean skip) {
        this.skip = skip;
    }

    void add(DataFormatException e) throws DataFormatException {
        if (!skip) {
            throw e;
        }
        count++;
        if (messages.size() < KEPT_MESSAGES) {
            messages.add(e.getMessage());
        }
    }

    long count() {
        return count;
    }

    List<String> messages() {
        return List.copyOf(messages);
    }
}
