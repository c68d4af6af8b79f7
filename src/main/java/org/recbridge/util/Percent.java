package org.recbridge.util;

import java.util.Locale;

/**
 * A share as people read it, "67%", that never rounds a shortfall away: 938 of 942 is "99.6%", not "100%",
 * and 1 of 5,000 is "0.02%", not "0%". One rule for the command line, the window and the report.
 */
public final class Percent {
    private Percent() {
    }

    /** {@code part} of {@code whole} as a percentage; "-" when there is no whole. */
    public static String of(long part, long whole) {
        if (whole <= 0) {
            return "-";
        }
        return share(part / (double) whole, part == whole, part == 0);
    }

    /** A share between 0 and 1 (a like rate): only exactly 1 is "100%", only exactly 0 is "0%". */
    public static String ofShare(double share) {
        return share(share, share == 1, share == 0);
    }

    private static String share(double fraction, boolean all, boolean none) {
        double p = 100 * fraction;
        for (int decimals = 0; decimals <= 2; decimals++) {
            String shown = String.format(Locale.ROOT, "%." + decimals + "f", p);
            double back = Double.parseDouble(shown);
            if ((back < 100 || all) && (back > 0 || none)) {
                return shown + "%";
            }
        }
        return all || none ? String.format(Locale.ROOT, "%.0f%%", p) : p > 50 ? ">99.99%" : "<0.01%";
    }
}
