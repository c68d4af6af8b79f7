package org.recbridge.data;

import java.util.function.UnaryOperator;

/**
 * One recommendation domain: interactions plus optional user and item side tables joined by id.
 *
 * @param name         a short label (for example "movies")
 * @param interactions the user-item interactions
 * @param userFeatures user side features, or null
 * @param itemFeatures item side features, or null
 */
public record Domain(String name, Interactions interactions, FeatureTable userFeatures, FeatureTable itemFeatures) implements java.io.Serializable {
    /** A domain's interactions are complete, so their import-time slack is let go here, once for every producer. */
    public Domain {
        interactions.compact();
    }

    public Domain withName(String newName) {
        return new Domain(newName, interactions, userFeatures, itemFeatures);
    }

    /**
     * The same domain with user and item ids renamed one to one in its interactions and side tables (see
     * {@link Linking}); a null function keeps those ids.
     */
    public Domain withIds(UnaryOperator<String> userId, UnaryOperator<String> itemId) {
        if (userId == null && itemId == null) {
            return this;
        }
        UnaryOperator<String> u = userId == null ? UnaryOperator.identity() : userId;
        UnaryOperator<String> i = itemId == null ? UnaryOperator.identity() : itemId;
        return new Domain(name, interactions.renamed(u, i), userFeatures == null ? null : userFeatures.renamed(u),
                itemFeatures == null ? null : itemFeatures.renamed(i));
    }
}
