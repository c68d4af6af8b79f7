package org.recbridge.data.io;

import java.util.ArrayList;
import java.util.List;

import org.recbridge.data.DataFormatException;

/** The known formats, in detection order: the most specific first, the delimited fallback last. */
public final class Formats {
    private static final List<TableFormat> ALL = List.of(
            new RecBoleFormat(), new MovieLensFormat(), new WhitespaceFormat(), new DelimitedFormat());

    private Formats() {
    }

    public static List<TableFormat> all() {
        return ALL;
    }

    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        ALL.forEach(f -> ids.add(f.id()));
        return ids;
    }

    /** The forced format for an id, or the detected one for "auto". */
    public static TableFormat choose(String id, FileSample sample) throws DataFormatException {
        if (sample.lines().isEmpty()) {
            throw new DataFormatException(sample.fileName(), 0, null, "file is empty");
        }
        if (id == null || id.equalsIgnoreCase("auto")) {
            for (TableFormat format : ALL) {
                if (format.matches(sample)) {
                    return format;
                }
            }
        }
        for (TableFormat format : ALL) {
            if (format.id().equalsIgnoreCase(id)) {
                return format;
            }
        }
        throw new DataFormatException(sample.fileName(), 0, null,
                "unknown format \"" + id + "\"; known formats: auto, " + String.join(", ", ids()));
    }
}
