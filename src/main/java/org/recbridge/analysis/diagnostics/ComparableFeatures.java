package org.recbridge.analysis.diagnostics;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.IdIndex;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.FeatureSink;

/**
 * The features a row of either domain could carry: ids of users and items present in both domains, and
 * side-feature values both domains' tables have (a numeric column counts when both have it). A feature only one
 * domain can have (an item id of a disjoint catalogue, the id of a user the other domain never saw, a genre
 * value a genre split gives one side only) names the domain outright; a domain classifier given it separates
 * the domains perfectly and the distance says only that the catalogues differ, which the overlap already
 * reports. Restricted to these, the classifier must find a difference in who the users are, what kinds of
 * items they meet and how often.
 */
final class ComparableFeatures implements Predicate<String> {
    private final Set<String> users;
    private final Set<String> items;
    private final Set<String> side;

    ComparableFeatures(Domain source, Domain target) {
        this.users = common(source.interactions().users(), target.interactions().users());
        this.items = common(source.interactions().items(), target.interactions().items());
        this.side = sideFeatures(source);
        side.retainAll(sideFeatures(target));
    }

    @Override
    public boolean test(String name) {
        if (name.startsWith("user=")) {
            return users.contains(name.substring(5));
        }
        if (name.startsWith("item=")) {
            return items.contains(name.substring(5));
        }
        return side.contains(name);
    }

    private static Set<String> common(IdIndex a, IdIndex b) {
        Set<String> out = new HashSet<>();
        for (String id : a.names()) {
            if (b.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Every side-feature name the domain's tables give, encoded as its models see them (u.age, i.genre=Drama). */
    private static Set<String> sideFeatures(Domain domain) {
        DomainFeaturizer featurizer = new DomainFeaturizer(domain);
        Set<String> out = new HashSet<>();
        addNames(domain.userFeatures(), featurizer::addUserSideFeatures, out);
        addNames(domain.itemFeatures(), featurizer::addItemSideFeatures, out);
        return out;
    }

    private static void addNames(FeatureTable table, BiConsumer<String, FeatureSink> sideFeatures, Set<String> out) {
        if (table == null) {
            return;
        }
        FeatureSink sink = new FeatureSink();
        for (String key : table.keys().names()) {
            sink.clear();
            sideFeatures.accept(key, sink);
            for (int i = 0; i < sink.size(); i++) {
                out.add(sink.name(i));
            }
        }
    }
}
