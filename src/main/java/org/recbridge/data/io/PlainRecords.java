package org.recbridge.data.io;

import java.nio.charset.Charset;

/**
 * Records whose plain lines can be read without strings: the cells of such a line are byte ranges of the read
 * buffer ({@link PlainLines} looks ids up by their bytes). Any other line is left to the reader's ordinary
 * {@code next()}, which gives the same values or the same error.
 */
interface PlainRecords {
    /** Reads the next line if it is plain and has {@code cells} cells; otherwise reads nothing and says false. */
    boolean nextPlain(int cells);

    /** The read buffer, which holds the cells of the last plain line. */
    byte[] bytes();

    int from(int cell);

    int to(int cell);

    Charset charset();

    /** The 1-based line the last record read starts on. */
    long line();

    /** A cell of the last plain line as the ordinary path gives it. */
    String text(int cell);
}
