package org.recbridge.transfer.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.FeatureTable;
import org.recbridge.features.FeatureSink;
import org.recbridge.features.Featurizer;
import org.recbridge.task.Row;

/**
 * A user's habits in a source domain as target features (feature transfer). Per user, from the source rows:
 * <ul>
 *   <li>{@code <p>mean_rating}: the user's mean rating minus the source's global mean rating;</li>
 *   <li>{@code <p>like_rate}: the user's like rate minus the global like rate;</li>
 *   <li>{@code <p>activity}: log(1 + the user's number of source rows);</li>
 *   <li>{@code <p>pref.genre=drama}: for each categorical/token value of the source item table, how much more
 *       the user likes such items than the user's own like rate: (likes - n * rate) / (n + {@value #SHRINK}),
 *       shrunk towards 0 so that a value seen once does not look like a strong taste;</li>
 *   <li>{@code <p>pref.genre}: the user's preference for the values the row's target item has (mean over its
 *       values, through the target item table). A linear target model cannot cross user and item features
 *       itself, so this row-level cross is what lets it use the taste; an FM can also use the per-value ones.</li>
 * </ul>
 * Everything is centred so that 0 is "an average source user"; a user the source does not know gets 0 and
 * the flag {@code <p>missing}, so the target model can tell "unknown" from "average".
 */
public final class SourceProfileFeaturizer implements Featurizer {
    /** Pseudo-count shrinking per-value preferences towards the user's own rate. */
    public static final double SHRINK = 2.0;

    /** One user's centred profile; {@code preference} is keyed by "column=value". */
    public record Profile(double meanRating, double likeRate, double activity, Map<String, Double> preference) {
    }

    private final String prefix;
    private final Map<String, Profile> profiles;
    private final ItemValues targetItems;

    private SourceProfileFeaturizer(String prefix, Map<String, Profile> profiles, ItemValues targetItems) {
        this.prefix = prefix;
        this.profiles = profiles;
        this.targetItems = targetItems;
    }

    /**
     * @param prefix      feature name prefix, e.g. "src."
     * @param rows        the source rows (labels as the task defines them)
     * @param sourceItems the source item table (null: no per-value preferences)
     * @param targetItems the target item table, read for the row-level preference cross (may be null)
     * @param like        which rows count as likes
     */
    public static SourceProfileFeaturizer build(String prefix, List<Row> rows, FeatureTable sourceItems,
                                                FeatureTable targetItems, Predicate<Row> like) {
        ItemValues sourceValues = new ItemValues(sourceItems);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Tally global = new Tally();
        for (Row r : rows) {
            boolean liked = like.test(r);
            global.add(r, liked);
            Tally t = tallies.computeIfAbsent(r.user(), u -> new Tally());
            t.add(r, liked);
            for (String v : sourceValues.of(r.item())) {
                t.byValue.computeIfAbsent(v, k -> new int[2])[0]++;
                if (liked) {
                    t.byValue.get(v)[1]++;
                }
            }
        }
        double globalMean = global.meanRating();
        double globalRate = global.likeRate();
        Map<String, Profile> profiles = new HashMap<>();
        tallies.forEach((user, t) -> {
            double rate = t.likeRate();
            Map<String, Double> pref = new LinkedHashMap<>();
            t.byValue.forEach((v, nl) -> pref.put(v, (nl[1] - nl[0] * rate) / (nl[0] + SHRINK)));
            double mean = t.ratings == 0 ? 0 : t.meanRating() - globalMean;
            profiles.put(user, new Profile(mean, rate - globalRate, Math.log1p(t.n), Map.copyOf(pref)));
        });
        return new SourceProfileFeaturizer(prefix, Map.copyOf(profiles), new ItemValues(targetItems));
    }

    /**
     * Profiles already computed (say, read back from an exported model), with the target item table the row-level
     * preference reads.
     */
    public static SourceProfileFeaturizer of(String prefix, Map<String, Profile> profiles, FeatureTable targetItems) {
        return new SourceProfileFeaturizer(prefix, Map.copyOf(profiles), new ItemValues(targetItems));
    }

    /** Every user's profile, for export. */
    public Map<String, Profile> profiles() {
        return profiles;
    }

    /** The profile of a user, or null if the source does not know the user. */
    public Profile profile(String user) {
        return profiles.get(user);
    }

    public String prefix() {
        return prefix;
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        Profile p = profiles.get(row.user());
        if (p == null) {
            sink.flag(prefix + "missing");
            return;
        }
        sink.add(prefix + "mean_rating", p.meanRating);
        sink.add(prefix + "like_rate", p.likeRate);
        sink.add(prefix + "activity", p.activity);
        p.preference.forEach((v, x) -> sink.add(prefix + "pref." + v, x));
        Map<String, double[]> match = new LinkedHashMap<>(); // column -> {sum, count}
        for (String v : targetItems.of(row.item())) {
            double[] sc = match.computeIfAbsent(v.substring(0, v.indexOf('=')), c -> new double[2]);
            sc[0] += p.preference.getOrDefault(v, 0.0);
            sc[1]++;
        }
        match.forEach((column, sc) -> sink.add(prefix + "pref." + column, sc[0] / sc[1]));
    }

    /** Counts of one user (or of everyone). */
    private static final class Tally {
        int n;
        int likes;
        int ratings;
        double ratingSum;
        final Map<String, int[]> byValue = new LinkedHashMap<>(); // value -> {n, likes}

        void add(Row r, boolean liked) {
            n++;
            likes += liked ? 1 : 0;
            if (!Double.isNaN(r.rating())) {
                ratings++;
                ratingSum += r.rating();
            }
        }

        double likeRate() {
            return n == 0 ? 0 : likes / (double) n;
        }

        double meanRating() {
            return ratings == 0 ? 0 : ratingSum / ratings;
        }
    }

    /** The categorical and token values of items, as "column=value" (the names DomainFeaturizer uses). */
    private record ItemValues(FeatureTable table, List<String> columns, List<Integer> indexes, List<ColumnRole> roles) {
        ItemValues(FeatureTable table) {
            this(table, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            if (table != null) {
                int c = 0;
                for (Map.Entry<String, ColumnRole> e : table.columns().entrySet()) {
                    if (e.getValue() == ColumnRole.CATEGORICAL || e.getValue() == ColumnRole.TOKENS) {
                        columns.add(e.getKey());
                        indexes.add(c);
                        roles.add(e.getValue());
                    }
                    c++;
                }
            }
        }

        List<String> of(String item) {
            Object[] values = table == null ? null : table.values(item);
            if (values == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                Object v = values[indexes.get(k)];
                if (v == null) {
                    continue;
                }
                String column = columns.get(k);
                if (roles.get(k) == ColumnRole.TOKENS) {
                    FeatureTable.tokens((String) v).forEach(t -> out.add(column + "=" + t));
                } else {
                    out.add(column + "=" + v);
                }
            }
            return out;
        }
    }
}
