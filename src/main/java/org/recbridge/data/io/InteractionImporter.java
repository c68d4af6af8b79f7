package org.recbridge.data.io;

import java.io.IOException;
import java.nio.file.Path;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** Streams an interaction file into {@link Interactions}, row by row. */
public final class InteractionImporter {
    static final int CANCEL_CHECK_EVERY = 65_536;
    /**
     * Progress is said at most this often (a fraction of the file): a million rows read in about a second, and
     * every report is a line of the run's log.
     */
    private static final double PROGRESS_STEP = 0.25;

    private InteractionImporter() {
    }

    public static Imported<Interactions> importFile(Path file, ImportOptions options) throws IOException, DataFormatException {
        return importFile(file, options, ProgressListener.none(), CancelToken.none());
    }

    /**
     * As {@link #importFile(Path, ImportOptions)}, saying how far it has read (about every quarter of the file)
     * and stopping at a cancel (checked every {@value #CANCEL_CHECK_EVERY} rows).
     */
    public static Imported<Interactions> importFile(Path file, ImportOptions options, ProgressListener progress,
                                                    CancelToken cancel) throws IOException, DataFormatException {
        try (TableInput input = TableInput.open(file, options)) {
            return importFrom(input, options, progress, cancel);
        }
    }

    /** Reads the rest of an opened table. */
    public static Imported<Interactions> importFrom(TableInput input, ImportOptions options) throws IOException, DataFormatException {
        return importFrom(input, options, ProgressListener.none(), CancelToken.none());
    }

    /**
     * Reads the rest of an opened table, saying how far it has read and stopping at a cancel: a million rows take
     * about a second, and a file may hold many millions.
     */
    public static Imported<Interactions> importFrom(TableInput input, ImportOptions options, ProgressListener progress,
                                                    CancelToken cancel) throws IOException, DataFormatException {
        int user = input.indexOf(ColumnRole.USER);
        int item = input.indexOf(ColumnRole.ITEM);
        if (user < 0 || item < 0) {
            String missing = user < 0 && item < 0 ? "USER and ITEM columns" : user < 0 ? "USER column" : "ITEM column";
            throw new DataFormatException(input.fileName(), 0, null, "no " + missing + " found; columns: "
                    + ColumnRoles.describe(input.roles()) + " (set a role override to choose one)");
        }
        int rating = input.indexOf(ColumnRole.RATING);
        int time = input.indexOf(ColumnRole.TIMESTAMP);
        Interactions interactions = new Interactions(options.duplicates());
        // a little over the estimate, which the first lines' sizes can set short; and, since they can also set it
        // long, never more than 64 bytes of heap a row (the columns and pair table take about 56)
        long most = Math.min(1 << 24, Runtime.getRuntime().maxMemory() / 64);
        interactions.expect((int) Math.min(input.estimatedRows() + input.estimatedRows() / 16, most));
        BadRows bad = new BadRows(options.skipBadRows());
        PlainLines plain = new PlainLines(interactions, input.columns().size(), user, item, rating, time);
        long read = 0;
        long imported = 0;
        double reported = 0;
        while (true) {
            PlainRecords records = input.plainRecords();
            boolean isPlain = records != null && records.nextPlain(plain.cells);
            Row row = isPlain ? null : input.next();
            if (row == null && !isPlain) {
                break;
            }
            if (++read % CANCEL_CHECK_EVERY == 0) {
                cancel.check();
                double fraction = input.fractionAt(read);
                if (fraction >= reported + PROGRESS_STEP) {
                    progress.progress(fraction, String.format("%,d rows", read));
                    reported = fraction;
                }
            }
            if (isPlain) {
                if (plain.add(records)) {
                    imported++;
                    continue;
                }
                row = PlainLines.row(records, plain.cells); // not simple: read as any row, for its values or its error
            }
            try {
                String[] cells = input.cells(row);
                String u = id(input, row, user, cells[user]);
                String i = id(input, row, item, cells[item]);
                double r = rating < 0 ? Double.NaN : number(input, row, rating, cells[rating]);
                long t = time < 0 ? Interactions.NO_TIME : timestamp(input, row, time, cells[time]);
                interactions.add(u, i, r, t);
                imported++;
            } catch (DataFormatException e) {
                bad.add(e);
            }
        }
        if (read == 0) {
            // not "no ratings": with no rows there is nothing for any task to learn from
            throw new DataFormatException(input.fileName(), 0, null, "has no data rows, only a header");
        }
        if (imported == 0) {
            throw new DataFormatException(input.fileName(), 0, null, "none of its " + read + " rows could be "
                    + "imported; the first problem: " + bad.messages().get(0));
        }
        ImportSummary summary = new ImportSummary(input.fileName(), ImportSummary.INTERACTIONS, input.formatId(),
                input.delimiter(), input.roles(), read, imported, bad.count(), bad.messages(),
                interactions.duplicateCount(), interactions.users().size(), interactions.items().size());
        return new Imported<>(interactions, summary);
    }

    static String id(TableInput input, Row row, int column, String raw) throws DataFormatException {
        String id = raw.trim();
        if (id.isEmpty()) {
            throw input.error(row, column, "empty id");
        }
        return id;
    }

    private static double number(TableInput input, Row row, int column, String raw) throws DataFormatException {
        try {
            return ValueParser.number(raw);
        } catch (IllegalArgumentException e) {
            throw input.error(row, column, e.getMessage());
        }
    }

    private static long timestamp(TableInput input, Row row, int column, String raw) throws DataFormatException {
        try {
            return ValueParser.timestamp(raw);
        } catch (IllegalArgumentException e) {
            throw input.error(row, column, e.getMessage());
        }
    }
}
