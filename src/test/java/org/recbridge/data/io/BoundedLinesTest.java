package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The line bound holds whatever blocks the bytes are read in, and names the line that runs over it. */
class BoundedLinesTest {
    private static final int MAX = BoundedLines.MAX_LINE_BYTES;

    @Test
    void linesUpToTheBoundPassInBlocksOfEverySize() throws IOException {
        byte[] text = lines(new int[] {10, MAX, 0, 3, MAX - 1, 7, MAX}, false);
        for (int block : new int[] {1, 7, 4096, 65_536, MAX, MAX + 5, 3 * MAX}) {
            assertEquals(text.length, readAll(text, block), "block " + block);
        }
    }

    @Test
    void theFirstLineOverTheBoundIsNamedWhateverTheBlocks() {
        // line 4 (after three short lines) is one byte too long; a later one is far too long
        byte[] text = lines(new int[] {5, 0, MAX, MAX + 1, 2, 3 * MAX}, true);
        for (int block : new int[] {1, 13, 65_536, MAX, MAX + 1, 2 * MAX, 6 * MAX}) {
            BoundedLines.TooLong e = assertThrows(BoundedLines.TooLong.class, () -> readAll(text, block));
            assertEquals(4, e.line, "block " + block);
        }
    }

    @Test
    void aLastLineWithoutBreakIsBoundedToo() {
        byte[] text = lines(new int[] {1, MAX + 1}, false);
        BoundedLines.TooLong e = assertThrows(BoundedLines.TooLong.class, () -> readAll(text, 8192));
        assertEquals(2, e.line);
    }

    /** Lines of the given lengths (bytes before the break), the last without a break unless {@code endBreak}. */
    private static byte[] lines(int[] lengths, boolean endBreak) {
        Random random = new Random(lengths.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < lengths.length; k++) {
            for (int i = 0; i < lengths[k]; i++) {
                out.write('a' + random.nextInt(26));
            }
            if (k < lengths.length - 1 || endBreak) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static long readAll(byte[] text, int block) throws IOException {
        long total = 0;
        try (InputStream in = new BoundedLines(new ByteArrayInputStream(text))) {
            byte[] buffer = new byte[block];
            for (int n; (n = in.read(buffer, 0, buffer.length)) > 0; ) {
                total += n;
            }
        }
        return total;
    }
}
