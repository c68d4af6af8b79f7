package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The whole-number shortcut gives what Double.parseDouble gave before, bit for bit. */
class ValueParserTest {
    @Test
    void wholeNumbersReadAsDoubleParseDoubleReadsThem() {
        Random random = new Random(3);
        for (int n = 0; n < 100_000; n++) {
            int digits = 1 + random.nextInt(19);
            StringBuilder s = new StringBuilder(n % 10 == 0 ? "-" : n % 10 == 1 ? "+" : "");
            for (int d = 0; d < digits; d++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            String text = s.toString();
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)),
                    Double.doubleToRawLongBits(ValueParser.number(" " + text)), text);
            assertEquals((long) Double.parseDouble(text), ValueParser.timestamp(text), text);
        }
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(ValueParser.number("-0")));
        assertEquals(999_999_999_999_999L, ValueParser.timestamp("999999999999999"));
    }

    @Test
    void plainDecimalsReadFromBytesAsDoubleParseDoubleReadsThem() {
        Random random = new Random(4);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            int before = random.nextInt(9);
            int after = random.nextInt(9);
            for (int d = 0; d < before; d++) {
                s.append((char) ('0' + random.nextInt(10)));
            }
            if (n % 4 != 0) {
                s.append('.');
                for (int d = 0; d < after; d++) {
                    s.append((char) ('0' + random.nextInt(10)));
                }
            }
            String text = s.toString();
            byte[] bytes = ("x" + text + "y").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            double read = ValueParser.decimal(bytes, 1, bytes.length - 1);
            if (text.replace(".", "").isEmpty() || text.replace(".", "").length() > 15) {
                assertEquals(Double.NaN, read, text); // left to number(), which reads or refuses it
            } else {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(read), text);
            }
        }
        byte[] odd = "-1 1e5 1.2.3 4,5".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(Double.NaN, ValueParser.decimal(odd, 0, 2));
        assertEquals(Double.NaN, ValueParser.decimal(odd, 3, 6));
        assertEquals(Double.NaN, ValueParser.decimal(odd, 7, 12));
        assertEquals(Double.NaN, ValueParser.decimal(odd, 13, 16));
    }

    @Test
    void nonAsciiDigitsAreStillRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueParser.number("٣"));
        assertEquals("\"٣\" is not a number", e.getMessage());
    }
}
