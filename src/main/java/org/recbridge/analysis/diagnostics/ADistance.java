package org.recbridge.analysis.diagnostics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The proxy A-distance of Ben-David et al. (2007) between a source and the target: 2(1 - 2 err), err the
 * held-out error of a classifier telling their rows apart, clipped to [0, 2]. 0: the classifier cannot tell
 * the domains apart; 2: it always can. Large values bound how much a model trained on the source can be
 * trusted on the target.
 *
 * @param rowsPerDomain     rows sampled from each domain (a seeded sample, balanced, so chance error is 0.5)
 * @param features          distinct comparable features among the sampled rows; 0: nothing comparable
 * @param groups            the kinds of comparable feature the classifier used (shared user ids, side columns)
 * @param error             held-out error of the domain classifier on comparable features; NaN when nothing is
 *                          comparable (the classifier would learn only the prior, and 0 would claim "alike")
 * @param aDistance         2(1 - 2 error), clipped to [0, 2]; NaN when nothing is comparable
 * @param errorAllFeatures  the same on every feature, domain-specific ids and columns included
 * @param aDistanceAllFeatures the distance on every feature: near 2 whenever the catalogues are disjoint
 * @param comparableRows    of the two domains, the smaller share of sampled rows that carry at least one comparable
 *                          feature; null in results written before it was kept
 */
@JsonIgnoreProperties(value = "reading", allowGetters = true) // written for readers of results.json, derived on reading
public record ADistance(String source, String target, int rowsPerDomain, int features, List<FeatureGroup> groups,
                        double error, double aDistance, double errorAllFeatures, double aDistanceAllFeatures,
                        Double comparableRows) {
    /**
     * Below this share of a domain's rows with a comparable feature, the classifier sees mostly rows it can only
     * score by the prior, and its error sits near chance whatever the domains are like.
     */
    public static final double MIN_COMPARABLE_ROWS = 0.5;

    public ADistance {
        groups = groups == null ? List.of() : List.copyOf(groups); // results.json written before groups were kept
    }

    /** Without the share of comparable rows (as results written before it was kept). */
    public ADistance(String source, String target, int rowsPerDomain, int features, List<FeatureGroup> groups,
                     double error, double aDistance, double errorAllFeatures, double aDistanceAllFeatures) {
        this(source, target, rowsPerDomain, features, groups, error, aDistance, errorAllFeatures, aDistanceAllFeatures,
                null);
    }

    /**
     * Measured, but on too few rows with anything to compare: missing evidence is not similarity, so the distance
     * gives no verdict (90% of the target's users absent from the source and no item in common put the
     * classifier at chance, which read "hard to tell apart").
     */
    public boolean thin() {
        return measured() && comparableRows != null && comparableRows < MIN_COMPARABLE_ROWS;
    }

    /** Whether the domains had features in common to compare them on; without, there is no distance. */
    public boolean measured() {
        return !Double.isNaN(aDistance);
    }

    /** "user ids (938), i.genres (16)": what the classifier compared the domains on. */
    public String groupsText() {
        return FeatureGroup.describe(groups);
    }

    /** 2(1 - 2 err) clipped to [0, 2]: a classifier worse than chance says the domains are alike, not "negative". */
    public static double fromError(double error) {
        return Math.max(0, Math.min(2, 2 * (1 - 2 * error)));
    }

    /** One line reading the distance for someone deciding whether transfer is worth trying. */
    @JsonProperty("reading")
    public String reading() {
        if (!measured()) {
            return "nothing comparable: the domains share no user or item id and no side-feature value, so no "
                    + "distance is given; the overlap says what they share";
        }
        if (thin()) {
            return String.format(java.util.Locale.ROOT, "too little to compare: only %.0f%% of one domain's sampled rows "
                    + "carry a feature the other has, so the classifier's error says little; no verdict",
                    100 * comparableRows);
        }
        if (aDistance < 0.5) {
            return "hard to tell apart: the source resembles the target on what they share";
        }
        if (aDistance < 1.5) {
            return "clearly different: expect some shift; whether pooling still helps shows in pooled against "
                    + "target-only";
        }
        return "nearly separable on what they share: expect a large shift; pooling may mislead unless the "
                + "comparisons show it helping";
    }
}
