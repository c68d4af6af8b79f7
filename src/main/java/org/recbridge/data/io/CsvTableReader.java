package org.recbridge.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

/**
 * RFC 4180 text with a header row, streamed by {@link CsvRecords}. The header is read as an ordinary record so
 * that names can be cleaned and line numbers stay exact. A first line of ratings or pairs ({@link HeaderlessRatings}:
 * 2 to 4 cells, numbers after the user and the item, ids with digits, no role's name) is data, and the columns are
 * named by position: Amazon's ratings CSVs have no header, and reading their first rating as one made them a side
 * table.
 */
final class CsvTableReader implements TableReader {
    private final String fileName;
    private final InputStream text;
    private final CsvRecords records;
    private final Charset charset;
    private final char delimiter;
    private final List<String> columns;
    private final boolean headerless;
    /** A headerless file's first line, handed out before the records' next; null once it has been. */
    private Row first;

    CsvTableReader(FileSample sample, char delimiter) throws IOException, DataFormatException {
        this.fileName = sample.fileName();
        this.charset = sample.charset();
        this.delimiter = delimiter;
        this.text = sample.content();
        if (sample.bom() && charset.equals(StandardCharsets.UTF_8)) {
            text.skipNBytes(3);
        }
        this.records = new CsvRecords(text, charset, delimiter, fileName);
        Row header = next();
        if (header == null) {
            text.close();
            throw new DataFormatException(fileName, 0, null, "file is empty: expected a header row");
        }
        this.headerless = HeaderlessRatings.looksLikeData(header.cells(), 2);
        if (headerless) {
            this.columns = HeaderlessRatings.NAMES.subList(0, header.cells().length);
            this.first = header;
        } else {
            this.columns = headerNames(header.cells());
        }
    }

    /** Header names, trimmed; blank names become "column N" and repeated names get a "_2" suffix. */
    private static List<String> headerNames(String[] cells) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < cells.length; c++) {
            String name = cells[c].strip().replace("\uFEFF", "");
            if (name.isEmpty()) {
                name = "column " + (c + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + "_" + n;
            }
            names.add(unique);
        }
        return List.copyOf(names);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Map<String, ColumnRole> formatRoles() {
        return headerless ? HeaderlessRatings.roles(columns.size()) : Map.of();
    }

    @Override
    public String delimiter() {
        return String.valueOf(delimiter);
    }

    @Override
    public Charset charset() {
        return charset;
    }

    /** The records themselves, for {@link CsvRecords#nextPlain(int)}; null while a first line is still to come. */
    @Override
    public PlainRecords plainRecords() {
        return first == null ? records : null;
    }

    @Override
    public Row next() throws IOException, DataFormatException {
        if (first != null) {
            Row row = first;
            first = null;
            return row;
        }
        while (true) {
            String[] cells = records.next();
            if (cells == null) {
                return null;
            }
            if (cells.length == 1 && cells[0].isEmpty()) {
                continue; // blank line
            }
            return new Row(records.line(), cells);
        }
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
