package org.recbridge.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.recbridge.data.ColumnRole;

/**
 * A table read line by line with a simple splitter (no quoting): shared by the MovieLens, RecBole and
 * whitespace formats, which differ only in separator, charset, header and column layout. Lines come from
 * {@link SeparatedRecords}, whose plain lines an import reads without strings.
 */
class LineTableReader implements TableReader {
    private final InputStream content;
    private final SeparatedRecords records;
    private final List<String> columns;
    private final Map<String, ColumnRole> roles;
    private final String delimiter;
    private final Charset charset;
    private final Function<String, String[]> splitter;

    /**
     * @param headerLines how many leading non-blank lines are a header and not data
     * @param splitter    turns one line into cells
     */
    LineTableReader(FileSample sample, Charset charset, int headerLines, List<String> columns,
                    Map<String, ColumnRole> roles, String delimiter, Function<String, String[]> splitter) throws IOException {
        this.content = sample.content();
        if (sample.bom() && charset.equals(StandardCharsets.UTF_8)) {
            content.skipNBytes(3);
        }
        this.records = new SeparatedRecords(content, charset, delimiter);
        this.columns = List.copyOf(columns);
        this.roles = roles;
        this.delimiter = delimiter;
        this.charset = charset;
        this.splitter = splitter;
        for (int skipped = 0; skipped < headerLines; ) {
            String line = records.nextLine();
            if (line == null) {
                break;
            }
            if (!line.isBlank()) {
                skipped++;
            }
        }
    }

    /** A splitter on a literal separator that keeps empty cells. */
    static Function<String, String[]> on(String separator) {
        return line -> Texts.split(line, separator);
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Map<String, ColumnRole> formatRoles() {
        return roles;
    }

    @Override
    public String delimiter() {
        return delimiter;
    }

    @Override
    public Charset charset() {
        return charset;
    }

    @Override
    public Row next() throws IOException {
        String line;
        do {
            line = records.nextLine();
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        return new Row(records.line(), splitter.apply(line));
    }

    /** The lines themselves, for {@link PlainRecords#nextPlain(int)}. */
    @Override
    public PlainRecords plainRecords() {
        return records;
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
