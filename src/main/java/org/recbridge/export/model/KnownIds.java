package org.recbridge.export.model;

import java.util.List;
import java.util.Set;
import org.recbridge.features.DomainFeaturizer;
import org.tribuo.ImmutableFeatureMap;

/**
 * The user and item ids a saved model learned something about: those with an id feature in one of its models,
 * and the users whose factors a mapping transfers. Anything else is scored from side features and the bias alone.
 */
record KnownIds(List<ImmutableFeatureMap> features, Set<String> mappedUsers, List<KnownIds> members) {
    boolean user(String id) {
        return mappedUsers.contains(id) || has(DomainFeaturizer.USER_PREFIX + id);
    }

    boolean item(String id) {
        return has(DomainFeaturizer.ITEM_PREFIX + id);
    }

    private boolean has(String feature) {
        for (ImmutableFeatureMap map : features) {
            if (map.get(feature) != null) {
                return true;
            }
        }
        for (KnownIds m : members) {
            if (m.has(feature)) {
                return true;
            }
        }
        return false;
    }
}
