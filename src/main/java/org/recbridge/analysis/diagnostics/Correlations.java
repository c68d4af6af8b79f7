package org.recbridge.analysis.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;

/**
 * Pearson correlations between the numeric columns of each side table. Computed per table row (per user or
 * item), not per interaction, so a very active user does not count more than a quiet one: redundancy is a
 * property of the table. Categorical one-hot columns are left to the mutual-information ranking.
 */
public final class Correlations {
    private Correlations() {
    }

    /** Pairs of numeric side features of the domain with |r| at or above {@code threshold}, strongest first. */
    public static List<CorrelatedPair> of(Domain domain, double threshold) {
        List<CorrelatedPair> out = new ArrayList<>();
        addPairs(domain.name(), "u.", domain.userFeatures(), threshold, out);
        addPairs(domain.name(), "i.", domain.itemFeatures(), threshold, out);
        out.sort((a, b) -> Double.compare(Math.abs(b.r()), Math.abs(a.r())));
        return out;
    }

    private static void addPairs(String domain, String prefix, FeatureTable table, double threshold,
                                 List<CorrelatedPair> out) {
        if (table == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int c = 0;
        for (Map.Entry<String, ColumnRole> e : table.columns().entrySet()) {
            if (e.getValue() == ColumnRole.NUMERIC) {
                names.add(e.getKey());
                columns.add(c);
            }
            c++;
        }
        for (int a = 0; a < columns.size(); a++) {
            for (int b = a + 1; b < columns.size(); b++) {
                CorrelatedPair pair = pair(domain, prefix + names.get(a), prefix + names.get(b), table,
                        columns.get(a), columns.get(b));
                if (pair != null && Math.abs(pair.r()) >= threshold) {
                    out.add(pair);
                }
            }
        }
    }

    private static CorrelatedPair pair(String domain, String nameA, String nameB, FeatureTable table, int a, int b) {
        List<double[]> both = new ArrayList<>();
        for (String key : table.keys().names()) {
            Object[] v = table.values(key);
            if (v[a] instanceof Number x && v[b] instanceof Number y) {
                both.add(new double[] {x.doubleValue(), y.doubleValue()});
            }
        }
        double r = pearson(both);
        return Double.isNaN(r) ? null : new CorrelatedPair(domain, nameA, nameB, r, both.size());
    }

    /** Pearson r of (x, y) pairs; NaN for fewer than 3 pairs or a constant column, where r says nothing. */
    static double pearson(List<double[]> xy) {
        int n = xy.size();
        if (n < 3) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (double[] p : xy) {
            mx += p[0];
            my += p[1];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : xy) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxx <= 0 || syy <= 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }
}
