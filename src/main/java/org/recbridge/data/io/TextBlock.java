package org.recbridge.data.io;

import java.util.Map;

/** Builds the aligned plain-text blocks of reports: "label  value" lines, indented tables, bar histograms. */
final class TextBlock {
    private static final int LABEL_WIDTH = 11;
    private static final int BAR_WIDTH = 40;
    private final StringBuilder text = new StringBuilder();

    void field(String label, String value) {
        line(pad(label, LABEL_WIDTH) + value);
    }

    void line(String line) {
        text.append(line).append('\n');
    }

    void table(Map<String, ?> rows) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        rows.forEach((name, value) -> line("  " + pad(name, width) + value));
    }

    void histogram(Map<String, Long> counts) {
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int countWidth = String.valueOf(max).length() + 2;
        counts.forEach((value, count) -> line("  " + pad(value, width)
                + padLeft(String.valueOf(count), countWidth - 2) + "  " + "#".repeat((int) Math.max(1, count * BAR_WIDTH / max))));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
