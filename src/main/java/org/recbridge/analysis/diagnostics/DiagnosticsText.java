package org.recbridge.analysis.diagnostics;

import java.util.Map;
import org.recbridge.data.Overlap;

/** {@link DomainDiagnostics} as aligned plain-text sections for the command line. */
public final class DiagnosticsText {
    /** Width of the longest histogram bar. */
    static final int BAR = 30;

    private DiagnosticsText() {
    }

    public static String format(DomainDiagnostics d) {
        StringBuilder s = new StringBuilder();
        s.append("Overlap\n");
        for (Overlap o : d.overlaps()) {
            s.append("  ").append(o.toLine()).append('\n');
        }
        domains(d, s);
        distances(d, s);
        correlations(d, s);
        ranking(d.ranking(), d.settings().maxRankingRows(), s);
        return s.toString();
    }

    private static void domains(DomainDiagnostics d, StringBuilder s) {
        s.append(String.format("%nDomains (like: rating >= %s)%n", d.likeThreshold()));
        s.append(String.format("  %-14s %9s %7s %7s %9s %9s %9s  %s%n", "domain", "rows", "users", "items",
                "density", "rated", "like rate", "per user: mean / median"));
        for (DomainStats st : d.domains()) {
            s.append(String.format("  %-14s %9d %7d %7d %9.5f %9d %9s %9.1f / %.1f%n", st.domain(), st.rows(),
                    st.users(), st.items(), st.density(), st.ratedRows(),
                    st.likeRate() == null ? "-" : String.format("%.1f%%", 100 * st.likeRate()), st.meanPerUser(),
                    st.medianPerUser()));
        }
        for (DomainStats st : d.domains()) {
            histogram(st, s);
        }
    }

    private static void histogram(DomainStats st, StringBuilder s) {
        Map<Double, Integer> h = st.ratingHistogram();
        if (h.isEmpty()) {
            s.append(String.format("  %s: no ratings%n", st.domain()));
            return;
        }
        int max = h.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        s.append(String.format("  ratings of %s%n", st.domain()));
        if (h.size() > 20) {
            s.append(String.format("    %d distinct values from %s to %s%n", h.size(), first(h), last(h)));
            return;
        }
        h.forEach((value, count) -> s.append(String.format("    %6s %-" + BAR + "s %d%n", trim(value),
                "#".repeat(Math.max(1, (int) Math.round(BAR * count / (double) max))), count)));
    }

    private static void distances(DomainDiagnostics d, StringBuilder s) {
        s.append(String.format("%nProxy A-distance (0 = alike, 2 = separable; logistic domain classifier on a seeded "
                + "sample of up to %d rows per domain, error on a held-out half)%n", d.settings().maxRowsPerDomain()));
        s.append(String.format("  %-14s %9s %9s %9s %7s   %s%n", "source", "rows/dom", "features", "error", "A",
                "all features: error, A"));
        for (ADistance a : d.aDistances()) {
            s.append(String.format("  %-14s %9d %9d %9s %7s   %.3f, %.3f%n", a.source(), a.rowsPerDomain(),
                    a.features(), number(a.error()), number(a.aDistance()), a.errorAllFeatures(),
                    a.aDistanceAllFeatures()));
        }
        for (ADistance a : d.aDistances()) {
            s.append(String.format("  %s -> %s: %s%n", a.source(), a.target(), a.reading()));
            if (a.measured()) {
                s.append(String.format("    compared on %s%n", a.groupsText()));
            }
        }
        s.append("  (comparable: user and item ids in both domains, side-feature values both domains' tables have; "
                + "ids or values of one domain only would name the domain)\n");
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.3f", v);
    }

    private static void correlations(DomainDiagnostics d, StringBuilder s) {
        s.append(String.format("%nCorrelated numeric side features (|r| >= %.2f)%n",
                d.settings().correlationThreshold()));
        if (d.correlations().isEmpty()) {
            s.append("  none\n");
        }
        for (CorrelatedPair p : d.correlations()) {
            s.append(String.format("  %-14s %-20s %-20s r = %6.3f  (n = %d)%n", p.domain(), p.feature1(),
                    p.feature2(), p.r(), p.n()));
        }
    }

    private static void ranking(FeatureRanking r, int maxRows, StringBuilder s) {
        s.append(String.format("%nFeature ranking of the target for like/dislike (%s on %d rows, a seeded sample when "
                + "there are more than %d; %d candidates)%n", r.method(), r.rows(), maxRows, r.candidates()));
        if (r.note() != null) {
            s.append("  ").append(r.note()).append('\n');
        }
        s.append(String.format("  %4s %-32s %10s %8s%n", "rank", "feature", "score", "support"));
        int rank = 1;
        for (RankedFeature f : r.features()) {
            s.append(String.format("  %4d %-32s %10.5f %8d%n", rank++, f.name(), f.score(), f.support()));
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String first(Map<Double, Integer> h) {
        return trim(h.keySet().iterator().next());
    }

    private static String last(Map<Double, Integer> h) {
        return trim(h.keySet().stream().reduce((a, b) -> b).orElseThrow());
    }
}
