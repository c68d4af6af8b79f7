package org.recbridge.analysis.curves;

import java.util.List;

/**
 * A sweep of one capacity parameter of one strategy and learner.
 *
 * @param strategy          the strategy trained
 * @param learner           the label of the learner the sweep starts from
 * @param parameter         {@code l2} or {@code factors}
 * @param metric            the main metric (AUC, or RMSE for ratings)
 * @param points            settings in the direction of more capacity (decreasing L2, increasing factors)
 * @param selected          the value with the best mean validation metric: the setting one would deploy
 * @param overfittingFrom   the first value from which validation falls while train keeps improving, or null
 */
public record Sweep(String strategy, String learner, String parameter, String metric, List<SweepPoint> points,
                    double selected, Double overfittingFrom) {
    public static final String L2 = "l2";
    public static final String FACTORS = "factors";
}
