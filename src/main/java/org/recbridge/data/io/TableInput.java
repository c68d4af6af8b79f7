package org.recbridge.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.ImportOptions;

/**
 * An opened table with its columns' roles decided. The first rows are read ahead to sample values for role
 * detection and then handed out again, so the file is still read once, front to back.
 */
public final class TableInput implements Closeable {
    static final int SAMPLE_ROWS = 500;

    private final FileSample sample;
    private final String formatId;
    private final TableReader reader;
    private final Map<String, ColumnRole> roles;
    private final Deque<Row> readAhead;
    /** The file's size over its first lines' mean size, for progress; 0 if unknown. */
    private final long estimatedRows;

    private TableInput(FileSample sample, String formatId, TableReader reader, Map<String, ColumnRole> roles,
                       Deque<Row> readAhead, long estimatedRows) {
        this.sample = sample;
        this.formatId = formatId;
        this.reader = reader;
        this.roles = roles;
        this.readAhead = readAhead;
        this.estimatedRows = estimatedRows;
    }

    private static long estimatedRows(FileSample sample) throws IOException {
        double meanLine = sample.lines().stream().mapToInt(l -> l.getBytes(sample.charset()).length + 1)
                .average().orElse(0);
        // a pipe's size is 0: no estimate, progress stays indeterminate
        return meanLine == 0 || !Files.isRegularFile(sample.path()) ? 0
                : (long) Math.ceil(Files.size(sample.path()) / meanLine);
    }

    /**
     * About how much of the file {@code rows} rows are, from its size and its first lines' mean size: below 1,
     * since the estimate may run short; 0 when unknown.
     */
    public double fractionAt(long rows) {
        return estimatedRows == 0 ? 0 : Math.min(0.99, rows / (double) estimatedRows);
    }

    /** About how many rows the file has, from its size and its first lines' mean size; 0 when unknown (a pipe). */
    long estimatedRows() {
        return estimatedRows;
    }

    public static TableInput open(Path file, ImportOptions options) throws IOException, DataFormatException {
        FileSample sample = FileSample.read(file);
        TableFormat format;
        TableReader reader;
        try {
            format = Formats.choose(options.format(), sample);
            reader = format.open(sample);
        } catch (BoundedLines.TooLong e) {
            sample.content().close();
            throw tooLong(sample.fileName(), e);
        } catch (IOException | DataFormatException | RuntimeException e) {
            sample.content().close();
            throw e;
        }
        try {
            Deque<Row> readAhead = new ArrayDeque<>();
            List<String[]> values = new ArrayList<>();
            Row row;
            while (readAhead.size() < SAMPLE_ROWS && (row = nextOf(reader, sample.fileName())) != null) {
                readAhead.add(row);
                if (row.cells().length == reader.expectedCells()) {
                    values.add(reader.toColumns(row.cells()));
                }
            }
            Map<String, ColumnRole> roles = ColumnRoles.resolve(sample.fileName(), reader.columns(),
                    reader.formatRoles(), values, options.roles());
            return new TableInput(sample, format.id(), reader, roles, readAhead, estimatedRows(sample));
        } catch (IOException | DataFormatException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public String fileName() {
        return sample.fileName();
    }

    public String formatId() {
        return formatId;
    }

    /** The delimiter as read (null for whitespace separated files). */
    public String delimiter() {
        return reader.delimiter();
    }

    /** "UTF-8", "UTF-8 (BOM)" or "ISO-8859-1". */
    public String encoding() {
        return reader.charset().name() + (sample.bom() ? " (BOM)" : "");
    }

    public List<String> columns() {
        return reader.columns();
    }

    /** Column names and roles in file order. */
    public Map<String, ColumnRole> roles() {
        return roles;
    }

    /** The index of the first column with {@code role}, or -1. */
    public int indexOf(ColumnRole role) {
        int c = 0;
        for (ColumnRole r : roles.values()) {
            if (r == role) {
                return c;
            }
            c++;
        }
        return -1;
    }

    public boolean isInteractionTable() {
        return indexOf(ColumnRole.USER) >= 0 && indexOf(ColumnRole.ITEM) >= 0;
    }

    /** The next row, or null at the end. Its cells are raw: pass them through {@link #cells(Row)}. */
    public Row next() throws IOException, DataFormatException {
        return readAhead.isEmpty() ? nextOf(reader, fileName()) : readAhead.poll();
    }

    /**
     * The CSV records the next rows come from, for reading plain lines without strings; null when the table is
     * not CSV, or rows read ahead are still to be handed out by {@link #next()}. Rows the records do not read
     * plainly are still read by {@link #next()}.
     */
    PlainRecords plainRecords() {
        return readAhead.isEmpty() ? reader.plainRecords() : null;
    }

    private static Row nextOf(TableReader reader, String fileName) throws IOException, DataFormatException {
        try {
            return reader.next();
        } catch (BoundedLines.TooLong e) {
            throw tooLong(fileName, e);
        }
    }

    private static DataFormatException tooLong(String fileName, BoundedLines.TooLong e) {
        return new DataFormatException(fileName, e.line, null, e.problem());
    }

    /** One value per column, or an error if the row has the wrong number of cells. */
    public String[] cells(Row row) throws DataFormatException {
        int expected = reader.expectedCells();
        if (row.cells().length != expected) {
            throw new DataFormatException(fileName(), row.line(), null,
                    "expected " + expected + " cells, found " + row.cells().length);
        }
        return reader.toColumns(row.cells());
    }

    /** Wraps a cell problem with file, line and column. */
    public DataFormatException error(Row row, int column, String problem) {
        return new DataFormatException(fileName(), row.line(), columns().get(column), problem);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
