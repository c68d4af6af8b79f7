package org.recbridge.data.io;

import java.io.IOException;

import org.recbridge.data.DataFormatException;

/** Text with a header row and a comma, semicolon, tab or pipe delimiter; the fallback for any text table. */
public final class DelimitedFormat implements TableFormat {
    public static final String ID = "delimited";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean matches(FileSample sample) {
        return !sample.lines().isEmpty();
    }

    @Override
    public TableReader open(FileSample sample) throws IOException, DataFormatException {
        return new CsvTableReader(sample, DelimiterDetector.detect(sample.lines()));
    }
}
