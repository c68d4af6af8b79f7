package org.recbridge.ui.analysis;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Target budgets as a person types them: percentages, e.g. "5, 25, 100" (a trailing % is allowed). */
final class Budgets {
    private Budgets() {
    }

    /** @return the budgets as fractions in (0, 1], smallest first */
    static List<Double> parse(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            String p = part.trim().replace("%", "");
            if (p.isEmpty()) {
                continue;
            }
            double percent;
            try {
                percent = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + part.trim() + "\" is not a percentage; give budgets such "
                        + "as 5, 25, 100 (per cent of the target training rows)");
            }
            if (!(percent > 0 && percent <= 100)) {
                throw new IllegalArgumentException(part.trim() + " is not a budget between 0 and 100%");
            }
            if (!out.contains(percent / 100)) {
                out.add(percent / 100);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no budgets given; e.g. 5, 25, 100 (per cent of the target training rows)");
        }
        out.sort(null);
        return out;
    }

    static String format(List<Double> budgets) {
        DecimalFormat f = new DecimalFormat("0.##");
        return budgets.stream().map(b -> f.format(100 * b)).collect(Collectors.joining(", "));
    }
}
