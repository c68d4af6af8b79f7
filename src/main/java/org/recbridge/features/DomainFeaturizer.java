package org.recbridge.features;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
public final class DomainFeaturizer implements Featurizer {
    private final SideEncoder users;
    private final SideEncoder items;
    /** Side-feature names to keep, or null for all (the common case, which then skips the filtering). */
    private final Set<String> keepSide;

    public DomainFeaturizer(Domain domain) {
        this(SideEncoder.of("u.", domain.userFeatures()), SideEncoder.of("i.", domain.itemFeatures()), null);
    }

    /**
     * The features of rows whose users and items are described by these side tables (either may be null), of
     * the side features only those in {@code keepSide} (null: all): how an exported model rebuilds its features.
     */
    public static DomainFeaturizer of(FeatureTable users, FeatureTable items, Set<String> keepSide) {
        return new DomainFeaturizer(SideEncoder.of("u.", users), SideEncoder.of("i.", items),
                keepSide == null ? null : Set.copyOf(keepSide));
    }

    private DomainFeaturizer(SideEncoder users, SideEncoder items, Set<String> keepSide) {
        this.users = users;
        this.items = items;
        this.keepSide = keepSide;
    }

    /** The same features, but of the side features only those named in {@code keep} (ids stay). */
    public DomainFeaturizer restrictedTo(Set<String> keep) {
        return new DomainFeaturizer(users, items, Set.copyOf(keep));
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
        sink.flag("user=" + row.user());
        sink.flag("item=" + row.item());
        if (keepSide == null) {
            users.add(row.user(), sink);
            items.add(row.item(), sink);
            return;
        }
        FeatureSink side = new FeatureSink();
        users.add(row.user(), side);
        items.add(row.item(), side);
        EncodedRow encoded = side.toRow(0, 1);
        for (int i = 0; i < encoded.names().length; i++) {
            if (keepSide.contains(encoded.names()[i])) {
                sink.add(encoded.names()[i], encoded.values()[i]);
            }
        }
    }

    /** Encodes one side table; a null table adds nothing. */
    private record SideEncoder(String prefix, FeatureTable table, String[] names, ColumnRole[] roles,
                               double[] mean, double[] sd) {
        static SideEncoder of(String prefix, FeatureTable table) {
            if (table == null) {
                return new SideEncoder(prefix, null, new String[0], new ColumnRole[0], new double[0], new double[0]);
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
            return new SideEncoder(prefix, table, names, roles, mean, sd);
        }

        void add(String key, FeatureSink sink) {
            if (table == null) {
                return;
            }
            Object[] values = table.values(key);
            if (values == null) {
                return;
            }
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
