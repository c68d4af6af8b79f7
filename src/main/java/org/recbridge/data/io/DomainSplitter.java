package org.recbridge.data.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
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
        int index = new ArrayList<>(items.columns().keySet()).indexOf(column);
        Set<String> sourceItems = new HashSet<>();
        Set<String> targetItems = new HashSet<>();
        Set<String> seenValues = new TreeSet<>();
        int both = 0;
        for (String item : items.keys().names()) {
            Object value = items.values(item)[index];
            if (value == null) {
                continue;
            }
            List<String> values = role == ColumnRole.TOKENS ? FeatureTable.tokens((String) value) : List.of((String) value);
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
