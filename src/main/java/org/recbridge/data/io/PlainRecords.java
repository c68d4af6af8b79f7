package org.recbridge.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Records whose plain lines can be read without strings: the cells of such a line are byte ranges of the read
 * buffer ({@link PlainLines} looks ids up by their bytes). Any other line is left to the reader's ordinary
 * {@code next()}, which gives the same values or the same error.
 */
abstract class PlainRecords {
    protected static final int EOF = -1;

    private final InputStream in;
    /** The read buffer, which holds the cells of the last plain line; its bytes from pos to limit are unread. */
    protected final byte[] buffer;
    protected int pos;
    protected int limit;
    protected final Charset charset;
    /** The cells of the last plain line, as ranges of {@link #buffer}. */
    protected int[] from = new int[0];
    protected int[] to = new int[0];

    PlainRecords(InputStream in, Charset charset, int bufferSize) {
        this.in = in;
        this.charset = charset;
        this.buffer = new byte[bufferSize];
    }

    /** Reads the next line if it is plain and has {@code cells} cells; otherwise reads nothing and says false. */
    abstract boolean nextPlain(int cells);

    /** The 1-based line the last record read starts on. */
    abstract long line();

    /** Makes room for the cell ranges of a line of {@code cells} cells. */
    protected void cells(int cells) {
        if (from.length != cells) {
            from = new int[cells];
            to = new int[cells];
        }
    }

    final byte[] bytes() {
        return buffer;
    }

    final int from(int cell) {
        return from[cell];
    }

    final int to(int cell) {
        return to[cell];
    }

    final Charset charset() {
        return charset;
    }

    /** A cell of the last plain line as the ordinary path gives it. */
    final String text(int cell) {
        return new String(buffer, from[cell], to[cell] - from[cell], charset);
    }

    /** The next byte without reading it, or {@link #EOF}. */
    protected final int peek() throws IOException {
        return pos < limit || fill() ? buffer[pos] & 0xff : EOF;
    }

    /** Reads the next block into the buffer; false at the end. */
    protected final boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
