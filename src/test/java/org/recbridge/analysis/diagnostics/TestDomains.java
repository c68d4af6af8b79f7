package org.recbridge.analysis.diagnostics;

import java.util.Map;
import java.util.function.Predicate;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;

/** Small domains for the diagnostics tests. */
final class TestDomains {
    private TestDomains() {
    }

    /** The domain's interactions of the users {@code keep} accepts, with the same side tables. */
    static Domain withUsers(Domain d, Predicate<String> keep, String name) {
        Interactions in = d.interactions();
        Interactions out = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (int r = 0; r < in.size(); r++) {
            if (keep.test(in.userId(r))) {
                out.add(in.userId(r), in.itemId(r), in.rating(r), in.time(r));
            }
        }
        return new Domain(name, out, d.userFeatures(), d.itemFeatures());
    }

    /**
     * Users u0..u(users-1) each rate every item of {@code prefix}0..(items-1); item i has genre
     * {@code genres[i % genres.length]} and the rating 5 if its genre is the first, else 2.
     */
    static Domain genreDomain(String name, String prefix, int users, int items, String... genres) {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        FeatureTable table = new FeatureTable("item", Map.of("genre", ColumnRole.CATEGORICAL));
        for (int i = 0; i < items; i++) {
            table.put(prefix + i, new Object[] {genres[i % genres.length]});
        }
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < items; i++) {
                in.add("u" + u, prefix + i, i % genres.length == 0 ? 5 : 2, Interactions.NO_TIME);
            }
        }
        return new Domain(name, in, null, table);
    }
}
