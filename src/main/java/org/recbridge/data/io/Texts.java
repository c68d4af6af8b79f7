package org.recbridge.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;

/** Small text helpers shared by the readers. */
final class Texts {
    private Texts() {
    }

    /** A buffered reader positioned after a UTF-8 byte order mark, if the text starts with one. */
    static BufferedReader open(InputStream in, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Splits on a literal separator, keeping empty cells (String.split would drop trailing ones). */
    static String[] split(String line, String separator) {
        int count = 1;
        for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + separator.length())) {
            count++;
        }
        String[] cells = new String[count];
        int start = 0;
        for (int c = 0; c < count - 1; c++) {
            int end = line.indexOf(separator, start);
            cells[c] = line.substring(start, end);
            start = end + separator.length();
        }
        cells[count - 1] = line.substring(start);
        return cells;
    }

    /** How a delimiter is shown to people. */
    static String describe(String delimiter) {
        if (delimiter == null) {
            return "whitespace";
        }
        return delimiter.equals("\t") ? "tab" : delimiter;
    }
}
