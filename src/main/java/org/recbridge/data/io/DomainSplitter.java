package org.recbridge.data.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;

/**
 * Makes two domains out of one by an item attribute, the usual protocol when no second domain exists
 * (MovieLens Comedy vs Drama, say). An item goes to the source if its value matches the source value, to
 * the target if it matches the target value, to neither if it matches both (reported) or none.
 */
public final class DomainSplitter {
    private DomainSplitter() {
    }

    /**
     * @param itemsInBoth   items matching both values, left out of both domains
     * @param droppedInteractions interactions whose item went to neither domain
     */
    public record SplitResult(Domain source, Domain target, int itemsInBoth, int droppedInteractions) {
    }

    /**
     * Splits by a TOKENS column (the value must be one of the item's tokens) or a CATEGORICAL column (the
     * value must equal the item's value). Users keep their features; each domain keeps its items' features.
     *
     * @throws IllegalArgumentException no item table, unknown or non-categorical column, a value no item has
     */
    public static SplitResult splitByItemAttribute(Domain whole, String column, String sourceValue, String targetValue) {
        FeatureTable items = whole.itemFeatures();
        if (items == null) {
            throw new IllegalArgumentException("domain " + whole.name() + " has no item table to split by");
        }
        ColumnRole role = items.columns().get(column);
        if (role == null) {
            throw new IllegalArgumentException("unknown item column \"" + column + "\"; known columns: "
                    + String.join(", ", items.columns().keySet()));
        }
        if (role == ColumnRole.NUMERIC) {
            throw new IllegalArgumentException("item column \"" + column + "\" is NUMERIC; split by a TOKENS or CATEGORICAL column");
        }
        if (sourceValue.equals(targetValue)) {
            throw new IllegalArgumentException("source and target value are both \"" + sourceValue + "\"");
        }
        int index = indexOf(items, column);
        Set<String> sourceItems = new HashSet<>();
        Set<String> targetItems = new HashSet<>();
        Set<String> seenValues = new TreeSet<>();
        int both = 0;
        for (String item : items.keys().names()) {
            List<String> values = valuesOf(items, index, role, item);
            seenValues.addAll(values);
            boolean inSource = values.contains(sourceValue);
            boolean inTarget = values.contains(targetValue);
            if (inSource && inTarget) {
                both++;
            } else if (inSource) {
                sourceItems.add(item);
            } else if (inTarget) {
                targetItems.add(item);
            }
        }
        requireFound(column, sourceValue, sourceItems, seenValues);
        requireFound(column, targetValue, targetItems, seenValues);
        Domain source = part(whole, whole.name() + "/" + sourceValue, sourceItems);
        Domain target = part(whole, whole.name() + "/" + targetValue, targetItems);
        int dropped = whole.interactions().size() - source.interactions().size() - target.interactions().size();
        return new SplitResult(source, target, both, dropped);
    }

    /** The item columns a domain can be split by: every TOKENS or CATEGORICAL column, in file order. */
    public static List<String> splittableColumns(FeatureTable items) {
        List<String> out = new ArrayList<>();
        items.columns().forEach((name, role) -> {
            if (role == ColumnRole.TOKENS || role == ColumnRole.CATEGORICAL) {
                out.add(name);
            }
        });
        return out;
    }

    /** Every value items have in {@code column} (each token of a TOKENS column), sorted: what a split may choose. */
    public static SortedSet<String> attributeValues(FeatureTable items, String column) {
        SortedSet<String> out = new TreeSet<>();
        int index = indexOf(items, column);
        ColumnRole role = items.columns().get(column);
        for (String item : items.keys().names()) {
            out.addAll(valuesOf(items, index, role, item));
        }
        return out;
    }

    /** One item's values in a TOKENS or CATEGORICAL column ({@code index} in the table); empty when it has none. */
    private static List<String> valuesOf(FeatureTable items, int index, ColumnRole role, String item) {
        Object value = items.values(item)[index];
        if (value == null) {
            return List.of();
        }
        return role == ColumnRole.TOKENS ? FeatureTable.tokens((String) value) : List.of((String) value);
    }

    private static int indexOf(FeatureTable items, String column) {
        return new ArrayList<>(items.columns().keySet()).indexOf(column);
    }

    private static void requireFound(String column, String value, Set<String> items, Set<String> seen) {
        if (items.isEmpty()) {
            List<String> some = seen.stream().limit(20).toList();
            throw new IllegalArgumentException("no item has only \"" + value + "\" in column " + column
                    + "; values found: " + String.join(", ", some) + (seen.size() > some.size() ? ", ..." : ""));
        }
    }

    private static Domain part(Domain whole, String name, Set<String> keep) {
        Interactions all = whole.interactions();
        Interactions part = new Interactions(all.duplicatePolicy());
        for (int r = 0; r < all.size(); r++) {
            if (keep.contains(all.itemId(r))) {
                part.add(all.userId(r), all.itemId(r), all.rating(r), all.time(r));
            }
        }
        FeatureTable users = whole.userFeatures() == null ? null : subset(whole.userFeatures(), part.users().names());
        return new Domain(name, part, users, subset(whole.itemFeatures(), part.items().names()));
    }

    /** The rows of {@code table} for the given keys, in key order; keys without a row are left out. */
    private static FeatureTable subset(FeatureTable table, List<String> keys) {
        FeatureTable out = new FeatureTable(table.keyColumn(), new LinkedHashMap<>(table.columns()));
        for (String key : keys) {
            Object[] values = table.values(key);
            if (values != null) {
                out.put(key, values);
            }
        }
        return out;
    }
}
