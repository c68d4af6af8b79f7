package org.recbridge.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * The lines of a file without quoting (MovieLens, RecBole and whitespace files), read from bytes: {@link #nextLine}
 * as a line reader gives them (line ends LF, CR or CRLF), and {@link #nextPlain} a line's cells as byte ranges,
 * split on a literal separator ("::", a tab) or on runs of blanks. Splitting strings per line took two thirds of
 * importing a million-row ratings.dat. A plain line is one held whole in the read buffer, with no CR but one
 * before its LF, whose cells the ordinary path would read alike: on a separator, no cell starts or ends with a
 * byte up to a space (the ordinary path trims ids); on blanks, nothing but printable ASCII, spaces and tabs (it
 * strips Unicode blanks).
 */
final class SeparatedRecords extends PlainRecords {
    /** The separator's bytes, or null to split on runs of spaces and tabs. */
    private final byte[] separator;
    /** A CR ended the last line: an LF right after it belongs to it. */
    private boolean skipLf;
    private long lines;
    private byte[] text = new byte[256];
    private int textLength;

    SeparatedRecords(InputStream in, Charset charset, String separator) {
        this(in, charset, separator, 1 << 16);
    }

    /** With a given buffer size, so tests can make lines straddle buffer ends. */
    SeparatedRecords(InputStream in, Charset charset, String separator, int bufferSize) {
        super(in, charset, bufferSize);
        this.separator = separator == null ? null : separator.getBytes(charset);
    }

    /** The next line without its line end, or null at the end of the file. */
    String nextLine() throws IOException {
        if (skipLf && peek() == '\n') {
            pos++;
        }
        skipLf = false;
        textLength = 0;
        boolean read = false;
        while (true) {
            if (pos == limit) {
                if (!fill()) {
                    if (!read) {
                        return null;
                    }
                    lines++;
                    return new String(text, 0, textLength, charset);
                }
            }
            read = true;
            int start = pos;
            while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
                pos++;
            }
            append(start, pos);
            if (pos < limit) {
                skipLf = buffer[pos] == '\r';
                pos++;
                lines++;
                return new String(text, 0, textLength, charset);
            }
        }
    }

    @Override
    boolean nextPlain(int cells) {
        if (skipLf && pos < limit && buffer[pos] == '\n') { // the LF of a CRLF the last line ended with
            pos++;
            skipLf = false;
        }
        if (skipLf || pos >= limit) {
            return false;
        }
        int end = pos;
        while (end < limit && buffer[end] != '\n') {
            end++;
        }
        if (end == limit) {
            return false; // runs past the buffer
        }
        int lineEnd = end > pos && buffer[end - 1] == '\r' ? end - 1 : end; // CRLF is one line end, as for LF
        if (lineEnd == pos) {
            return false; // blank
        }
        cells(cells);
        if (!(separator == null ? splitOnBlanks(pos, lineEnd, cells) : splitOnSeparator(pos, lineEnd, cells))) {
            return false;
        }
        pos = end + 1;
        lines++;
        return true;
    }

    private boolean splitOnSeparator(int start, int end, int cells) {
        int cell = 0;
        from[0] = start;
        byte first = separator[0];
        for (int i = start; i < end; i++) {
            byte b = buffer[i];
            if (b == '\r') {
                return false;
            }
            if (b == first && i + separator.length <= end && matchesSeparator(i)) {
                if (cell == cells - 1) {
                    return false;
                }
                to[cell] = i;
                i += separator.length - 1;
                from[++cell] = i + 1;
            }
        }
        if (cell != cells - 1) {
            return false;
        }
        to[cell] = end;
        for (int c = 0; c < cells; c++) {
            if (from[c] < to[c] && ((buffer[from[c]] & 0xff) <= ' ' || (buffer[to[c] - 1] & 0xff) <= ' ')) {
                return false; // the ordinary path trims it
            }
        }
        return true;
    }

    private boolean matchesSeparator(int at) {
        for (int k = 1; k < separator.length; k++) {
            if (buffer[at + k] != separator[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean splitOnBlanks(int start, int end, int cells) {
        int cell = 0;
        int i = start;
        while (true) {
            while (i < end && isBlank(buffer[i])) {
                i++;
            }
            if (i == end) {
                return cell == cells;
            }
            if (cell == cells) {
                return false;
            }
            from[cell] = i;
            while (i < end && !isBlank(buffer[i])) {
                byte b = buffer[i];
                if (b < ' ' || b == 0x7f) { // a control byte, or (negative) not ASCII
                    return false;
                }
                i++;
            }
            to[cell++] = i;
        }
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }

    @Override
    long line() {
        return lines;
    }

    private void append(int start, int end) {
        int n = end - start;
        if (textLength + n > text.length) {
            text = Arrays.copyOf(text, Math.max(2 * text.length, textLength + n));
        }
        System.arraycopy(buffer, start, text, textLength, n);
        textLength += n;
    }
}
