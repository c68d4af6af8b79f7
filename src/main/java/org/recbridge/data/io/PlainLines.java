package org.recbridge.data.io;

import org.recbridge.data.Interactions;

/**
 * Adds the plain lines of an interaction file straight from the read buffer's bytes ({@link PlainRecords#nextPlain}):
 * ids looked up by their bytes, whole and plain decimal numbers read in place. A line with anything else in a
 * cell it uses (an empty id, a signed or ISO value, a bad value) is left to the importer's ordinary path, which
 * gives the same values or the same error: strings and per-row objects made a third of a large import's time.
 */
final class PlainLines {
    final int cells;
    private final Interactions interactions;
    private final int user;
    private final int item;
    private final int rating;
    private final int time;
    private IdBytes userIds;
    private IdBytes itemIds;

    PlainLines(Interactions interactions, int cells, int user, int item, int rating, int time) {
        this.interactions = interactions;
        this.cells = cells;
        this.user = user;
        this.item = item;
        this.rating = rating;
        this.time = time;
    }

    /** Adds the last plain line of {@code records}; false, having added nothing, when a cell is not simple. */
    boolean add(PlainRecords records) {
        byte[] bytes = records.bytes();
        if (records.from(user) == records.to(user) || records.from(item) == records.to(item)) {
            return false;
        }
        double r = Double.NaN;
        if (rating >= 0) {
            r = ValueParser.decimal(bytes, records.from(rating), records.to(rating));
            if (Double.isNaN(r)) {
                return false;
            }
        }
        long t = Interactions.NO_TIME;
        if (time >= 0) {
            t = ValueParser.wholeNumber(bytes, records.from(time), records.to(time));
            if (t < 0) {
                return false;
            }
        }
        if (userIds == null) {
            userIds = new IdBytes(interactions.users(), records.charset());
            itemIds = new IdBytes(interactions.items(), records.charset());
        }
        int u = userIds.idOf(bytes, records.from(user), records.to(user));
        int i = itemIds.idOf(bytes, records.from(item), records.to(item));
        interactions.addIds(u, i, r, t);
        return true;
    }

    /** The last plain line as the row {@link CsvTableReader#next()} would have given. */
    static Row row(PlainRecords records, int cells) {
        String[] texts = new String[cells];
        for (int c = 0; c < cells; c++) {
            texts[c] = records.text(c);
        }
        return new Row(records.line(), texts);
    }
}
