package org.recbridge.data.io;

import java.util.List;

/**
 * Guesses the delimiter of a text table from its first lines: the candidate that splits every sampled line
 * into the same, largest number of cells wins (quotes are respected, so "a,b" inside quotes does not count).
 */
final class DelimiterDetector {
    static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimiterDetector() {
    }

    /** The detected delimiter, or ',' when no candidate occurs (a one-column file). */
    static char detect(List<String> lines) {
        char best = ',';
        int bestScore = 0;
        for (char candidate : CANDIDATES) {
            int score = score(lines, candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The number of separators per line if consistent over the sample, halved when lines disagree. */
    private static int score(List<String> lines, char delimiter) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (String line : lines) {
            int n = count(line, delimiter);
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        if (lines.isEmpty() || max == 0) {
            return 0;
        }
        // *2 so that a consistent count always beats the same count with a disagreeing line
        return min == max ? 2 * max : min;
    }

    private static int count(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }
}
