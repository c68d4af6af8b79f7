package org.recbridge.data.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A file's bytes with a bound on a line's length: a single line of hundreds of megabytes (a file with no line
 * breaks, or the wrong file) would otherwise be held whole by the reader and run the heap out. Counted on the
 * blocks the readers fetch (one pass over bytes already in cache), never per row.
 */
final class BoundedLines extends FilterInputStream {
    /** The longest line read: far beyond any row of ids, ratings and side features. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private long line = 1;
    private int sinceBreak;

    BoundedLines(InputStream in) {
        super(in);
    }

    /** A line over the bound; TableInput turns it into the file's one-line error. */
    static final class TooLong extends IOException {
        final long line;

        TooLong(long line) {
            super(String.format(Locale.ROOT, "line %d is longer than %,d bytes, the most a row may have (a file "
                    + "without line breaks, or not a table of interactions?)", line, MAX_LINE_BYTES));
            this.line = line;
        }

        /** "line 3 is longer ..." without the line, which the file's error names itself. */
        String problem() {
            return getMessage().replaceFirst("^line \\d+ is", "this line is");
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > MAX_LINE_BYTES) {
            for (int i = off; i < off + n; i++) {
                count(b[i]);
            }
        } else if (n > 0) {
            countBlock(b, off, off + n);
        }
        return n;
    }

    /**
     * As {@link #count} byte by byte, for a block no longer than the bound: only the line the block continues can
     * run over it, so the rest is a count of line breaks without a branch per byte (a sixth of a large
     * import's time went to counting byte by byte).
     */
    private void countBlock(byte[] b, int from, int to) throws TooLong {
        int first = from;
        while (first < to && b[first] != '\n') {
            first++;
        }
        if (sinceBreak + (first - from) > MAX_LINE_BYTES) {
            throw new TooLong(line);
        }
        if (first == to) {
            sinceBreak += to - from;
            return;
        }
        int breaks = 0;
        for (int i = first; i < to; i++) {
            breaks += b[i] == '\n' ? 1 : 0;
        }
        int last = to - 1;
        while (b[last] != '\n') {
            last--;
        }
        line += breaks;
        sinceBreak = to - 1 - last;
    }

    private void count(int b) throws TooLong {
        if (b == '\n') {
            line++;
            sinceBreak = 0;
        } else if (++sinceBreak > MAX_LINE_BYTES) {
            throw new TooLong(line);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        // through read, so skipped bytes are counted too
        long skipped = 0;
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(1, n))];
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
