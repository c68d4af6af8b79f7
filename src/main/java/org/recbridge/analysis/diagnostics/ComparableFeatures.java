package org.recbridge.analysis.diagnostics;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.data.IdIndex;
import org.recbridge.data.Overlap;

/**
 * The features a row of either domain could carry: ids of users and items present in both domains, and
 * side features of columns both domains have. A feature only one domain can have (an item id of a disjoint
 * catalogue, the id of a user the other domain never saw, a column only one side table has) names the domain
 * outright; a domain classifier given it separates the domains perfectly and the distance says only that the
 * catalogues differ, which the overlap already reports. Restricted to these, the classifier must find a
 * difference in who the users are, what kinds of items they meet and how often.
 */
final class ComparableFeatures implements Predicate<String> {
    private final Set<String> users;
    private final Set<String> items;
    private final Set<String> columns;

    ComparableFeatures(IdIndex sourceUsers, IdIndex targetUsers, IdIndex sourceItems, IdIndex targetItems,
                       Overlap overlap) {
        this.users = common(sourceUsers, targetUsers);
        this.items = common(sourceItems, targetItems);
        this.columns = Set.copyOf(overlap.sharedFeatures());
    }

    @Override
    public boolean test(String name) {
        if (name.startsWith("user=")) {
            return users.contains(name.substring(5));
        }
        if (name.startsWith("item=")) {
            return items.contains(name.substring(5));
        }
        int eq = name.indexOf('=');
        return columns.contains(eq < 0 ? name : name.substring(0, eq));
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
}
