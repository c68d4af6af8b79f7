package org.recbridge.data.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.Interactions;

/**
 * Strict parsing of cell text. Problems are thrown as {@link IllegalArgumentException} whose message is the
 * problem alone ("\"4,5\" is not a number"); the importer adds file, line and column.
 */
final class ValueParser {
    private ValueParser() {
    }

    /**
     * Plain decimal numbers only: "4", "-3.5", ".5", "1e9". Rejects what Double.parseDouble would let through
     * but a data file should not contain ("NaN", "Infinity", "4d", "0x10") and decimal commas ("4,5").
     */
    static boolean isNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == exponent) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * The value of 1 to 15 ASCII digits, unsigned: most ratings and timestamps; -1 for anything else. One pass,
     * several times faster than Double.parseDouble, and below 2^53 exactly the value it gives (unsigned, so
     * "-0" is still read as -0.0).
     */
    private static long wholeNumber(String s) {
        int n = s.length();
        if (n == 0 || n > 15) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** As {@link #wholeNumber(String)}, of the ASCII text in {@code bytes[from, to)}. */
    static long wholeNumber(byte[] bytes, int from, int to) {
        if (to == from || to - from > 15) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * The value of plain unsigned decimal text in {@code bytes[from, to)} ("4", "4.5", ".5") of 1 to 15 digits,
     * exactly as Double.parseDouble gives it (the digits as a whole number and a power of ten up to 10^15 are
     * both exact doubles, and one division rounds correctly); NaN for anything else, which {@link #number}
     * then reads.
     */
    static double decimal(byte[] bytes, int from, int to) {
        long digits = 0;
        int count = 0;
        int point = -1;
        for (int i = from; i < to; i++) {
            int d = bytes[i] - '0';
            if (d >= 0 && d <= 9) {
                digits = digits * 10 + d;
                count++;
            } else if (bytes[i] == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15) {
            return Double.NaN;
        }
        return point < 0 ? digits : digits / POWERS_OF_TEN[to - point - 1];
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15};

    /** ASCII only: Character.isDigit also takes "٣", which Double.parseDouble then refuses with a bare "For input string". */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A number, or NaN for an empty cell (a missing value). */
    static double number(String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        long whole = wholeNumber(s);
        if (whole >= 0) {
            return whole;
        }
        if (!isNumber(s)) {
            throw new IllegalArgumentException(quote(raw) + " is not a number");
        }
        double value = Double.parseDouble(s);
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException(quote(raw) + " is too large for a number");
        }
        return value;
    }

    /**
     * A timestamp in epoch seconds (or whatever unit the file's numbers use), from a number or an ISO date
     * ("2020-01-31", read as midnight UTC) or date-time ("2020-01-31T10:00:00", "2020-01-31 10:00:00Z",
     * "...+02:00"; without an offset UTC is assumed). An empty cell gives {@link Interactions#NO_TIME}.
     */
    static long timestamp(String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return Interactions.NO_TIME;
        }
        long whole = wholeNumber(s);
        if (whole >= 0) {
            return whole;
        }
        if (isNumber(s)) {
            return (long) Double.parseDouble(s);
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(iso).toEpochSecond();
            }
            return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(quote(raw) + " is not a timestamp (expected a number or an ISO date)");
        }
    }

    /** A side-table value as FeatureTable stores it: Double for NUMERIC, trimmed String otherwise, null if empty. */
    static Object feature(ColumnRole role, String raw) {
        String s = raw.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (role == ColumnRole.NUMERIC) {
            return number(s);
        }
        return s;
    }

    static String quote(String raw) {
        return '"' + raw + '"';
    }
}
