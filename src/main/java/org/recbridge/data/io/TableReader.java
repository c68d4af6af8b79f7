package org.recbridge.data.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

/**
 * A streaming reader over the data rows of one table file. Rows are pulled one at a time so that a file of
 * any size can be imported without holding it in memory.
 */
public interface TableReader extends Closeable {
    /** Column names in file order (from the header, or fixed by the format). */
    List<String> columns();

    /** Roles the format itself defines (RecBole types, MovieLens layouts); empty when it defines none. */
    Map<String, ColumnRole> formatRoles();

    /** The cell separator for display ("," ";" "\t" "|" "::"), or null when cells are split on whitespace. */
    String delimiter();

    Charset charset();

    /** The next data row, or null at the end of the file. Cells are as read, before any count check. */
    Row next() throws IOException, DataFormatException;

    /** How many raw cells a well-formed row has; usually the number of columns. */
    default int expectedCells() {
        return columns().size();
    }

    /**
     * The records the next rows come from, for reading plain lines without strings; null when the reader has
     * none, or rows are still to come from elsewhere (a headerless file's first line).
     */
    default PlainRecords plainRecords() {
        return null;
    }

    /** Turns the raw cells of a well-formed row into one value per column (MovieLens genre flags, say). */
    default String[] toColumns(String[] cells) {
        return cells;
    }
}
