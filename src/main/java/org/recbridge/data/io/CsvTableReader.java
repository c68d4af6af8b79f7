package org.recbridge.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

/**
 * RFC 4180 text with a header row, parsed by commons-csv in streaming mode. The header is read as an
 * ordinary record so that names can be cleaned and line numbers stay exact.
 */
final class CsvTableReader implements TableReader {
    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Charset charset;
    private final char delimiter;
    private final List<String> columns;

    CsvTableReader(FileSample sample, char delimiter) throws IOException, DataFormatException {
        this.fileName = sample.fileName();
        this.charset = sample.charset();
        this.delimiter = delimiter;
        // empty lines are kept by the parser (and skipped here) so that its line counter matches the file
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        this.parser = CSVParser.builder().setReader(Texts.open(sample.path(), charset)).setFormat(format).get();
        this.records = parser.iterator();
        Row header = next();
        if (header == null) {
            parser.close();
            throw new DataFormatException(fileName, 0, null, "file is empty: expected a header row");
        }
        this.columns = headerNames(header.cells());
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
        return Map.of();
    }

    @Override
    public String delimiter() {
        return String.valueOf(delimiter);
    }

    @Override
    public Charset charset() {
        return charset;
    }

    @Override
    public Row next() throws DataFormatException {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException e) {
                // commons-csv's own text carries a second, different line number: say it in our words
                throw new DataFormatException(fileName, line, null, "malformed quoting: a quote inside an unquoted "
                        + "value, or a quoted value that never ends");
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // blank line
            }
            return new Row(line, record.values());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
