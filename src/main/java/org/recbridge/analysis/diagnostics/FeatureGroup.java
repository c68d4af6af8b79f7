package org.recbridge.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A kind of feature the domain classifier used, and how many distinct features of it the sampled rows carried.
 *
 * @param name     "user ids", "item ids", or a side-feature column as models see it ({@code u.age}, {@code i.genre})
 * @param features distinct features of the group (ids, or values of a categorical column; 1 for a numeric column)
 */
public record FeatureGroup(String name, int features) {
    static final String USER_IDS = "user ids";
    static final String ITEM_IDS = "item ids";

    /** The groups of the given feature names: ids first, then columns by name. */
    static List<FeatureGroup> of(Collection<String> names) {
        Map<String, Integer> sides = new TreeMap<>();
        int users = 0;
        int items = 0;
        for (String name : names) {
            if (name.startsWith("user=")) {
                users++;
            } else if (name.startsWith("item=")) {
                items++;
            } else {
                int eq = name.indexOf('=');
                sides.merge(eq < 0 ? name : name.substring(0, eq), 1, Integer::sum);
            }
        }
        List<FeatureGroup> out = new ArrayList<>();
        if (users > 0) {
            out.add(new FeatureGroup(USER_IDS, users));
        }
        if (items > 0) {
            out.add(new FeatureGroup(ITEM_IDS, items));
        }
        sides.forEach((column, n) -> out.add(new FeatureGroup(column, n)));
        return out;
    }

    /** "user ids (938), i.genres (16)". */
    static String describe(List<FeatureGroup> groups) {
        List<String> parts = new ArrayList<>();
        groups.forEach(g -> parts.add(g.name() + " (" + g.features() + ")"));
        return String.join(", ", parts);
    }
}
