package org.recbridge.export.model;

import java.util.List;
import java.util.Set;
import org.recbridge.features.DomainFeaturizer;
import org.tribuo.ImmutableFeatureMap;

/**
 * The user and item ids a saved model learned something about: those with an id feature in one of its models,
 * the users whose factors a mapping transfers, and the users and items a saved baseline has numbers for. Anything
 * else is scored from side features and the bias alone. A model that reads nothing of the user (popularity) knows
 * every user.
 *
 * @param users    users known other than by an id feature (mapped factors, baseline biases)
 * @param items    items known other than by an id feature (baseline item quality)
 * @param anyUser  whether the model's scores do not depend on who the user is
 */
record KnownIds(List<ImmutableFeatureMap> features, Set<String> users, Set<String> items, boolean anyUser,
                List<KnownIds> members) {
    boolean user(String id) {
        if (anyUser || users.contains(id) || has(DomainFeaturizer.USER_PREFIX + id)) {
            return true;
        }
        return members.stream().anyMatch(m -> m.user(id));
    }

    boolean item(String id) {
        if (items.contains(id) || has(DomainFeaturizer.ITEM_PREFIX + id)) {
            return true;
        }
        return members.stream().anyMatch(m -> m.item(id));
    }

    private boolean has(String feature) {
        for (ImmutableFeatureMap map : features) {
            if (map.get(feature) != null) {
                return true;
            }
        }
        return false;
    }
}
