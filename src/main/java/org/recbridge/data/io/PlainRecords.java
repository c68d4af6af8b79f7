package org.recbridge.data.io;

import java.nio.charset.Charset;

/**
 * Records whose plain lines can be read without strings: the cells of such a line are byte ranges of the read
 * buffer ({@link PlainLines} looks ids up by their bytes). Any other line is left to the reader's ordinary
 * {@code next()}, which gives the same values or the same error.
 */
abstract class PlainRecords {
    /** The read buffer, which holds the cells of the last plain line. */
    protected final byte[] buffer;
    protected final Charset charset;
    /** The cells of the last plain line, as ranges of {@link #buffer}. */
    protected int[] from = new int[0];
    protected int[] to = new int[0];

    PlainRecords(Charset charset, int bufferSize) {
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
}
