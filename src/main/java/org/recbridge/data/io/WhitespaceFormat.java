package org.recbridge.data.io;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

/**
 * Headerless {@code user item [rating [timestamp]]} lines separated by tabs or runs of spaces, as many
 * academic data dumps are. Claimed only when the first line looks like data, not like a header.
 */
public final class WhitespaceFormat implements TableFormat {
    public static final String ID = "whitespace";
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean matches(FileSample sample) {
        String first = sample.firstLine();
        if (first.isEmpty() || first.indexOf(',') >= 0 || first.indexOf(';') >= 0 || first.indexOf('|') >= 0) {
            return false;
        }
        return HeaderlessRatings.looksLikeData(split(first), 2);
    }

    @Override
    public TableReader open(FileSample sample) throws IOException, DataFormatException {
        int width = split(sample.firstLine()).length;
        if (width < 2 || width > 4) {
            throw new DataFormatException(sample.fileName(), 1, null,
                    "expected 2 to 4 whitespace separated cells (user item [rating [timestamp]]), found " + width);
        }
        Map<String, ColumnRole> roles = HeaderlessRatings.roles(width);
        return new LineTableReader(sample, sample.charset(), 0, List.copyOf(roles.keySet()), roles, null,
                WhitespaceFormat::split);
    }

    private static String[] split(String line) {
        return BLANKS.split(line.strip());
    }
}
