package org.recbridge.data;

/**
 * One recommendation domain: interactions plus optional user and item side tables joined by id.
 *
 * @param name         a short label (for example "movies")
 * @param interactions the user-item interactions
 * @param userFeatures user side features, or null
 * @param itemFeatures item side features, or null
 */
public record Domain(String name, Interactions interactions, FeatureTable userFeatures, FeatureTable itemFeatures) {
    public Domain withName(String newName) {
        return new Domain(newName, interactions, userFeatures, itemFeatures);
    }
}
