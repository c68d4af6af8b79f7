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
    void nonAsciiDigitsAreStillRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueParser.number("٣"));
        assertEquals("\"٣\" is not a number", e.getMessage());
    }
}
