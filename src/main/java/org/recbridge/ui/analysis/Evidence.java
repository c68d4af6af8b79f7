package org.recbridge.ui.analysis;

import java.util.Map;

/** The charts a hint's number can be seen on; a hint opens its chart when clicked. */
public enum Evidence {
    OVERFITTING("Overfitting"),
    SWEEPS("Sweeps"),
    LEARNING_CURVES("Learning curves"),
    ROC("ROC"),
    RUN_COMPARISON("Compare runs"),
    COMPARISON("Results: comparison chart"),
    DIAGNOSTICS("Diagnostics");

    private static final Map<String, Evidence> BY_RULE = Map.ofEntries(
            Map.entry("overfitting-epochs", OVERFITTING),
            Map.entry("overfitting-sweep", SWEEPS),
            Map.entry("learning-curve", LEARNING_CURVES),
            Map.entry("negative-transfer", COMPARISON),
            Map.entry("transfer-pays-off", COMPARISON),
            Map.entry("few-seeds", COMPARISON),
            Map.entry("domain-distance", DIAGNOSTICS),
            Map.entry("redundant-features", DIAGNOSTICS),
            Map.entry("few-shared-users", DIAGNOSTICS),
            Map.entry("nothing-shared", DIAGNOSTICS),
            Map.entry("label-imbalance", DIAGNOSTICS));

    private final String title;

    Evidence(String title) {
        this.title = title;
    }

    /** The chart that shows the number a rule's hint states; the comparison chart for a rule not known here. */
    public static Evidence of(String rule) {
        return BY_RULE.getOrDefault(rule, COMPARISON);
    }

    public String title() {
        return title;
    }
}
