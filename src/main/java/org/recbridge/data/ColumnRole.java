package org.recbridge.data;

/** What a column of an imported table means. */
public enum ColumnRole {
    USER, ITEM, RATING, TIMESTAMP,
    /** One category per row, one-hot encoded. */
    CATEGORICAL,
    /** Several categories per row separated by spaces or '|' (genres, tags), multi-hot encoded. */
    TOKENS,
    NUMERIC,
    IGNORE;

    public boolean isFeature() {
        return this == CATEGORICAL || this == TOKENS || this == NUMERIC;
    }
}
