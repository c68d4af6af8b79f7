package org.recbridge.ui.experiment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Numbers as the experiment screen shows them and reads them back from what a person typed. */
final class FieldText {
    private FieldText() {
    }

    /** "4" for 4.0, "0.001" for 1e-3: no exponent, no trailing zeros. */
    static String of(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String of(Number v) {
        return v == null ? "" : v instanceof Double d ? of(d.doubleValue()) : v.toString();
    }

    static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a number");
        }
    }

    static int integer(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" is not a whole number");
        }
    }

    /** Empty text means "the default" (null). */
    static Double optionalNumber(String text) {
        return text == null || text.isBlank() ? null : number(text);
    }

    static Integer optionalInteger(String text) {
        return text == null || text.isBlank() ? null : integer(text);
    }

    /** "0.1, 0.5, 1" as a list of numbers. */
    static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : parts(text)) {
            out.add(number(part));
        }
        return out;
    }

    /** An optional list: none given is left out of the project (null), not written as []. */
    static <T> List<T> noneIfEmpty(List<T> values) {
        return values.isEmpty() ? null : values;
    }


    /** A list as the screen shows it, "0.1, 0.5, 1"; empty for none. */
    static String list(List<? extends Number> values) {
        if (values == null) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(of(v)));
        return String.join(", ", shown);
    }

    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    /** "1, 2, 3" as seeds. */
    static List<Long> longs(String text) {
        List<Long> out = new ArrayList<>();
        for (String part : parts(text)) {
            try {
                out.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + part + "\" is not a whole number");
            }
        }
        return out;
    }

    /** "1, 5, 10" as cut-offs, "2, 8, 32" as factor sizes. */
    static List<Integer> integers(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : parts(text)) {
            out.add(integer(part));
        }
        return out;
    }

    /** Rounds away float noise such as 1 - 0.7 - 0.1 = 0.20000000000000004. */
    static double clean(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}
