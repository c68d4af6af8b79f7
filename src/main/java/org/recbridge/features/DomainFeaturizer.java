package org.recbridge.features;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.task.Row;

/**
 * The base features of a domain's rows: one-hot user and item ids plus the user's and item's side
 * features. Names are domain-independent ({@code user=u1}, {@code u.age=30s}, {@code i.genre=Drama}), so a
 * model trained on one domain scores another through the ids and side features both share.
 * Numeric side features are standardised with the mean and spread of their table.
 * A side-feature filter (feature selection) may drop side features; ids are always kept, since they are
 * what a recommender cannot do without and selection would otherwise drop the users it has seen.
 * With a {@link BaselineFeatures} of the domain's training rows, each row also carries its item's quality and its
 * user's bias in this domain ({@code base.*}), names shared by every domain so a model trained on one reads them in
 * another.
 */
public final class DomainFeaturizer implements Featurizer {
    private final SideEncoder users;
    private final SideEncoder items;
    /** The feature a user id becomes ("user=605"); a model knows a user if it has this feature. */
    public static final String USER_PREFIX = "user=";
    /** The feature an item id becomes ("item=38"). */
    public static final String ITEM_PREFIX = "item=";
    private final IdNames userId = new IdNames(USER_PREFIX);
    private final IdNames itemId = new IdNames(ITEM_PREFIX);
    /** Side-feature names to keep, or null for all (the common case, which then skips the filtering). */
    private final Set<String> keepSide;
    /** The domain's baseline features (item quality, user bias), or null when the project leaves them out. */
    private final BaselineFeatures baseline;
    /** Which features it adds: all, or only (some of) the baseline's. */
    private final Parts parts;

    /** The parts of a row's features a featurizer adds. */
    public enum Parts {
        /** Ids, side features and the baseline's numbers where there is a baseline. */
        ALL("all"),
        /** The baseline's item quality alone: popularity. */
        ITEM_QUALITY("item-quality"),
        /** The baseline's item quality and user bias, no ids or side features: bias-transfer's base. */
        BASELINE("baseline");

        private final String id;

        Parts(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Parts fromId(String id) {
            for (Parts p : values()) {
                if (p.id.equals(id)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("expected all, item-quality or baseline, got \"" + id + "\"");
        }
    }

    public DomainFeaturizer(Domain domain) {
        this(SideEncoder.of("u.", domain.userFeatures()), SideEncoder.of("i.", domain.itemFeatures()), null, null,
                Parts.ALL);
    }

    /**
     * The features of rows whose users and items are described by these side tables (either may be null), of
     * the side features only those in {@code keepSide} (null: all): how an exported model rebuilds its features.
     */
    public static DomainFeaturizer of(FeatureTable users, FeatureTable items, Set<String> keepSide) {
        return of(users, items, keepSide, null, Parts.ALL);
    }

    /** As {@link #of(FeatureTable, FeatureTable, Set)}, with baseline features (may be null) and these parts. */
    public static DomainFeaturizer of(FeatureTable users, FeatureTable items, Set<String> keepSide,
                                      BaselineFeatures baseline, Parts parts) {
        return new DomainFeaturizer(SideEncoder.of("u.", users), SideEncoder.of("i.", items),
                keepSide == null ? null : Set.copyOf(keepSide), baseline, parts);
    }

    /** The item-quality features of {@code baseline} alone: what the popularity baseline learns from. */
    public static DomainFeaturizer itemQuality(BaselineFeatures baseline) {
        return of(null, null, null, baseline, Parts.ITEM_QUALITY);
    }

    /** The item-quality and user-bias features of {@code baseline}, no ids or side features. */
    public static DomainFeaturizer baselineOnly(BaselineFeatures baseline) {
        return of(null, null, null, baseline, Parts.BASELINE);
    }

    private DomainFeaturizer(SideEncoder users, SideEncoder items, Set<String> keepSide, BaselineFeatures baseline,
                             Parts parts) {
        if (parts != Parts.ALL && baseline == null) {
            throw new IllegalArgumentException(parts.id() + " features need a baseline");
        }
        this.users = users;
        this.items = items;
        this.keepSide = keepSide;
        this.baseline = baseline;
        this.parts = parts;
    }

    /** The same features, but of the side features only those named in {@code keep} (ids stay). */
    public DomainFeaturizer restrictedTo(Set<String> keep) {
        return new DomainFeaturizer(users.withoutParts(), items.withoutParts(), Set.copyOf(keep), baseline, parts);
    }

    /** The same features followed by {@code b}'s baseline features (null: none). */
    public DomainFeaturizer withBaseline(BaselineFeatures b) {
        return new DomainFeaturizer(users, items, keepSide, b, parts);
    }

    /** The baseline features this featurizer adds, or null. */
    public BaselineFeatures baseline() {
        return baseline;
    }

    /** Which features it adds. */
    public Parts parts() {
        return parts;
    }

    /** The user side table, or null; numeric columns are standardised with its own mean and spread. */
    public FeatureTable userTable() {
        return users.table();
    }

    /** The item side table, or null. */
    public FeatureTable itemTable() {
        return items.table();
    }

    /** The side features kept, or null when all are. */
    public Set<String> keptSideFeatures() {
        return keepSide;
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        if (parts == Parts.ALL) {
            sink.flag(userId.name(row.user()));
            sink.flag(itemId.name(row.item()));
            users.part(row.user(), keepSide).addTo(sink);
            items.part(row.item(), keepSide).addTo(sink);
        }
        if (parts == Parts.ITEM_QUALITY) {
            baseline.addItemFeatures(row, sink);
        } else if (parts == Parts.BASELINE && !baseline.knows(row.user())) {
            baseline.addItemFeatures(row, sink);
            sink.flag(BaselineFeatures.USER_NEW); // no id says so here: the model must tell new from average
        } else if (baseline != null) {
            baseline.addFeatures(row, sink);
        }
    }

    /** The side features every row of {@code user} carries (u.age, u.gender=F), without the id. */
    public void addUserSideFeatures(String user, FeatureSink sink) {
        users.part(user, keepSide).addTo(sink);
    }

    /** The side features every row of {@code item} carries (i.genre=Drama), without the id. */
    public void addItemSideFeatures(String item, FeatureSink sink) {
        items.part(item, keepSide).addTo(sink);
    }

    /**
     * The feature name of an id ({@code user=u1}), made once per id: a million rows then share a few
     * thousand strings instead of holding one each.
     */
    private record IdNames(String prefix, Map<String, String> names) {
        IdNames(String prefix) {
            this(prefix, new ConcurrentHashMap<>());
        }

        String name(String id) {
            // looked up first: computeIfAbsent's capturing lambda cost an allocation per row
            String name = names.get(id);
            return name != null ? name : names.computeIfAbsent(id, k -> prefix + k);
        }
    }

    /** The side features of one user or item, encoded once and shared by all its rows. */
    private record Part(String[] names, double[] values) {
        static final Part NONE = new Part(new String[0], new double[0]);

        void addTo(FeatureSink sink) {
            for (int i = 0; i < names.length; i++) {
                sink.add(names[i], values[i]);
            }
        }
    }

    /** Encodes one side table; a null table adds nothing. */
    private record SideEncoder(String prefix, FeatureTable table, String[] names, ColumnRole[] roles,
                               double[] mean, double[] sd, Map<String, Part> parts) {
        static SideEncoder of(String prefix, FeatureTable table) {
            if (table == null) {
                return new SideEncoder(prefix, null, new String[0], new ColumnRole[0], new double[0], new double[0],
                        Map.of());
            }
            Map<String, ColumnRole> columns = table.columns();
            String[] names = columns.keySet().toArray(new String[0]);
            ColumnRole[] roles = columns.values().toArray(new ColumnRole[0]);
            double[] mean = new double[names.length];
            double[] sd = new double[names.length];
            for (int c = 0; c < names.length; c++) {
                if (roles[c] == ColumnRole.NUMERIC) {
                    double[] ms = meanAndSd(table, c);
                    mean[c] = ms[0];
                    sd[c] = ms[1];
                }
            }
            return new SideEncoder(prefix, table, names, roles, mean, sd, new ConcurrentHashMap<>());
        }

        /** The same table with no parts encoded yet: parts depend on the side features kept. */
        SideEncoder withoutParts() {
            return table == null ? this : new SideEncoder(prefix, table, names, roles, mean, sd, new ConcurrentHashMap<>());
        }

        /** The side features of {@code key} (of those in {@code keep}, null: all), encoded on first use. */
        Part part(String key, Set<String> keep) {
            if (table == null) {
                return Part.NONE;
            }
            Part part = parts.get(key);
            return part != null ? part : parts.computeIfAbsent(key, k -> encode(k, keep));
        }

        private Part encode(String key, Set<String> keep) {
            Object[] values = table.values(key);
            if (values == null) {
                return Part.NONE;
            }
            FeatureSink sink = new FeatureSink();
            for (int c = 0; c < names.length; c++) {
                Object v = values[c];
                if (v == null) {
                    continue;
                }
                switch (roles[c]) {
                    case NUMERIC -> sink.add(prefix + names[c], (((Number) v).doubleValue() - mean[c]) / sd[c]);
                    case CATEGORICAL -> sink.flag(prefix + names[c] + "=" + v);
                    case TOKENS -> {
                        List<String> tokens = FeatureTable.tokens((String) v);
                        for (String t : tokens) {
                            sink.flag(prefix + names[c] + "=" + t);
                        }
                    }
                    default -> { }
                }
            }
            EncodedRow encoded = sink.toRow(0, 1);
            if (keep == null) {
                return new Part(encoded.names(), encoded.values());
            }
            FeatureSink kept = new FeatureSink();
            for (int i = 0; i < encoded.names().length; i++) {
                if (keep.contains(encoded.names()[i])) {
                    kept.add(encoded.names()[i], encoded.values()[i]);
                }
            }
            EncodedRow filtered = kept.toRow(0, 1);
            return new Part(filtered.names(), filtered.values());
        }

        private static double[] meanAndSd(FeatureTable table, int column) {
            double sum = 0;
            double sumSq = 0;
            int n = 0;
            for (String key : table.keys().names()) {
                Object v = table.values(key)[column];
                if (v instanceof Number num) {
                    double d = num.doubleValue();
                    sum += d;
                    sumSq += d * d;
                    n++;
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            double var = n == 0 ? 0 : sumSq / n - mean * mean;
            return new double[] {mean, var > 1e-12 ? Math.sqrt(var) : 1.0};
        }
    }
}
