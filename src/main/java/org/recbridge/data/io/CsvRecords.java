package org.recbridge.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.recbridge.data.DataFormatException;

/**
 * RFC 4180 records, cell by cell, exactly as commons-csv's {@code CSVFormat.RFC4180} with trimmed values and
 * empty lines kept reads them (CsvRecordsTest compares the two on random text), but without its per-character
 * calls and per-cell buffers: unquoted cells, nearly all of a ratings file, are decoded straight out of the
 * read buffer. commons-csv took half of the time of inspecting a million-row file. It works on bytes, which is
 * safe for the two charsets files are read in (UTF-8 and ISO-8859-1): the delimiter, quotes and line ends are
 * ASCII, and in UTF-8 no byte of a longer character is. Lenient where commons-csv is: a quote inside an
 * unquoted cell is text; after a closing quote only whitespace may come before the delimiter.
 */
final class CsvRecords extends PlainRecords {
    private final byte delimiter;
    private final String fileName;
    private final List<String> cells = new ArrayList<>();
    private byte[] text = new byte[256];
    private int textLength;
    private boolean lastWasCr;
    private long lineBreaks;
    private long recordLine;

    /** {@code delimiter} must be ASCII. */
    CsvRecords(InputStream in, Charset charset, char delimiter, String fileName) {
        this(in, charset, delimiter, fileName, 1 << 16);
    }

    /** With a given buffer size, so tests can make cells straddle buffer ends. */
    CsvRecords(InputStream in, Charset charset, char delimiter, String fileName, int bufferSize) {
        super(in, charset, bufferSize);
        this.delimiter = (byte) delimiter;
        this.fileName = fileName;
    }

    /** The 1-based line the record last returned by {@link #next()} starts on. */
    @Override
    long line() {
        return recordLine;
    }

    /** The next record's trimmed cells (an empty line gives one empty cell), or null at the end. */
    String[] next() throws IOException, DataFormatException {
        recordLine = lineBreaks + 1;
        int c = read();
        if (c == EOF) {
            return null;
        }
        cells.clear();
        while (true) {
            c = c == '"' ? quotedCell() : simpleCell(c);
            if (c != delimiter) {
                return cells.toArray(new String[0]);
            }
            c = read();
        }
    }

    /**
     * Reads the next record without making a string when it is a plain line of {@code cells} cells: held whole
     * in the read buffer, not blank, no quote and no CR but one before its LF. Its cells are then {@link #bytes()} from
     * {@link #from(int)} to {@link #to(int)}, trimmed as {@link #next()} trims them (String.trim drops the
     * characters up to U+0020, which are exactly the bytes up to 0x20 in UTF-8 and ISO-8859-1). Otherwise reads
     * nothing and returns false, so {@link #next()} reads it: a million-row import then makes no strings but its
     * ids' names.
     */
    @Override
    boolean nextPlain(int cells) {
        if (lastWasCr || pos >= limit) {
            return false;
        }
        cells(cells);
        int cell = 0;
        from[0] = pos;
        for (int i = pos; i < limit; i++) {
            byte b = buffer[i];
            // a line ends at LF or CRLF (one break either way); a CR alone is left to next()
            boolean crlf = b == '\r' && i + 1 < limit && buffer[i + 1] == '\n';
            if (b == '\n' || crlf) {
                if (cell != cells - 1 || i == pos) {
                    return false;
                }
                to[cell] = i;
                for (int k = 0; k < cells; k++) {
                    trim(k);
                }
                recordLine = ++lineBreaks;
                pos = crlf ? i + 2 : i + 1;
                return true;
            }
            if (b == delimiter) {
                if (cell == cells - 1) {
                    return false;
                }
                to[cell] = i;
                from[++cell] = i + 1;
            } else if (b == '"' || b == '\r') {
                return false;
            }
        }
        return false; // the line runs past the buffer
    }

    private void trim(int k) {
        int f = from[k];
        int t = to[k];
        while (f < t && (buffer[f] & 0xff) <= ' ') {
            f++;
        }
        while (t > f && (buffer[t - 1] & 0xff) <= ' ') {
            t--;
        }
        from[k] = f;
        to[k] = t;
    }

    /** Reads an unquoted cell whose first byte {@code c} was just read; returns what ended it. */
    private int simpleCell(int c) throws IOException {
        if (isEnd(c)) {
            cells.add("");
            return endOf(c);
        }
        int start = pos - 1; // c came from buffer[pos - 1]
        while (pos < limit && !isEnd(buffer[pos] & 0xff)) {
            pos++;
        }
        if (pos < limit) {
            cells.add(new String(buffer, start, pos - start, charset).trim());
            return endOf(read());
        }
        // the cell runs past the buffer: carry on byte by byte
        textLength = 0;
        for (int i = start; i < limit; i++) {
            append(buffer[i]);
        }
        for (c = read(); !isEnd(c); c = read()) {
            append(c);
        }
        cells.add(new String(text, 0, textLength, charset).trim());
        return endOf(c);
    }

    /** Reads a quoted cell after its opening quote; returns what ended it. */
    private int quotedCell() throws IOException, DataFormatException {
        textLength = 0;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw malformed();
            }
            if (c != '"') {
                append(c);
            } else if (peek() == '"') {
                append(read());
            } else {
                int value = textLength;
                for (c = read(); !isEnd(c); c = read()) {
                    append(c);
                }
                // what follows the closing quote is checked as characters: UTF-8 whitespace can be several bytes
                if (!new String(text, value, textLength - value, charset).isBlank()) {
                    throw malformed();
                }
                cells.add(new String(text, 0, value, charset).trim());
                return endOf(c);
            }
        }
    }

    private void append(int b) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, 2 * textLength);
        }
        text[textLength++] = (byte) b;
    }

    private boolean isEnd(int c) {
        return c == delimiter || c == '\n' || c == '\r' || c == EOF;
    }

    /** Consumes the LF of a CRLF. */
    private int endOf(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        return c;
    }

    private DataFormatException malformed() {
        // the line the record starts on: an unclosed quote may run to the end of the file
        return new DataFormatException(fileName, recordLine, null, "malformed quoting: a quote inside an unquoted "
                + "value, or a quoted value that never ends");
    }

    /** The next byte, counting line breaks as commons-csv does (CR, or LF not after CR). */
    private int read() throws IOException {
        if (pos == limit && !fill()) {
            lastWasCr = false;
            return EOF;
        }
        int c = buffer[pos++] & 0xff;
        if (c == '\r' || c == '\n' && !lastWasCr) {
            lineBreaks++;
        }
        lastWasCr = c == '\r';
        return c;
    }
}
