package org.recbridge.data;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * User-item interactions stored column-wise in primitive arrays, so a million rows take tens of megabytes.
 * A rating is {@code NaN} when absent, a timestamp {@link #NO_TIME} when absent.
 * Adding the same (user, item) pair twice merges the rows by the {@link DuplicatePolicy}.
 */
public final class Interactions implements java.io.Serializable {
    public static final long NO_TIME = Long.MIN_VALUE;

    private final IdIndex users;
    private final IdIndex items;
    private final DuplicatePolicy duplicates;
    /**
     * The pairs while the rows added come grouped by user (or, when the second row shares the first one's item
     * and not its user, by item); null once they are not, or once compacted.
     */
    private GroupedPairs grouped = new GroupedPairs();
    private boolean groupedByItem;
    /** Every pair's row, made when the rows turn out not to be grouped; null until then and once compacted. */
    private PairRows rowOfPair;
    /** The rows an import expects in all, to size {@link #rowOfPair} if it is needed. */
    private int expectedRows;
    private int[] user = new int[1024];
    private int[] item = new int[1024];
    private float[] rating = new float[1024];
    private long[] time = new long[1024];
    private int[] mergedCount = new int[1024];
    private int size;
    private int duplicateCount;

    public Interactions(DuplicatePolicy duplicates) {
        this(new IdIndex(), new IdIndex(), duplicates);
    }

    public Interactions(IdIndex users, IdIndex items, DuplicatePolicy duplicates) {
        this.users = users;
        this.items = items;
        this.duplicates = duplicates;
    }

    /** The same rows with user and item ids renamed one to one (ids keep their numbers, so rows are copied as they are). */
    public Interactions renamed(UnaryOperator<String> userName, UnaryOperator<String> itemName) {
        Interactions out = new Interactions(users.renamed(userName), items.renamed(itemName), duplicates);
        out.grouped = null; // the pair tables are a cache: the copy's next add makes its own
        out.user = user.clone();
        out.item = item.clone();
        out.rating = rating.clone();
        out.time = time.clone();
        out.mergedCount = mergedCount.clone();
        out.size = size;
        out.duplicateCount = duplicateCount;
        return out;
    }

    /**
     * These rows without those whose (user, item) pair is also in {@code other}, pairs matched by the ids' names;
     * this itself when no pair is shared. A source holding the target's own rows would train on its test rows.
     */
    public Interactions withoutPairsOf(Interactions other) {
        PairRows shared = pairsNamedAlike(other);
        if (shared == null) {
            return this;
        }
        Interactions out = new Interactions(duplicates);
        for (int r = 0; r < size; r++) {
            if (shared.get(user[r], item[r]) < 0) {
                out.add(users.name(user[r]), items.name(item[r]), rating[r], time[r]);
            }
        }
        out.duplicateCount = duplicateCount;
        out.compact();
        return out.size == size ? this : out;
    }

    /**
     * How many of {@code other}'s rows these hold too, with the same user and item names and the same rating (or
     * both unrated): a file that is a copy of the other's rows, whatever the linking makes of its ids.
     */
    public int rowsAlsoIn(Interactions other) {
        PairRows shared = pairsNamedAlike(other);
        int same = 0;
        for (int r = 0; r < size && shared != null; r++) {
            int k = shared.get(user[r], item[r]);
            if (k >= 0 && Float.compare(rating[r], other.rating[k]) == 0) {
                same++;
            }
        }
        return same;
    }

    /**
     * The pairs of {@code other} whose user and item names these rows know, by these rows' ids, each with its row
     * in {@code other}; null when there is none.
     */
    private PairRows pairsNamedAlike(Interactions other) {
        PairRows shared = new PairRows();
        boolean any = false;
        for (int r = 0; r < other.size; r++) {
            int u = users.find(other.users.name(other.user[r]));
            int i = u < 0 ? -1 : items.find(other.items.name(other.item[r]));
            if (i >= 0) {
                shared.putIfAbsent(u, i, r);
                any = true;
            }
        }
        return any ? shared : null;
    }

    /**
     * Makes room for about {@code rows} more rows at once (an import's estimate from the file's size): growing
     * by doubling copied the columns and rehashed the pair table some twenty times over a million rows.
     */
    public void expect(int rows) {
        int n = size + rows;
        if (n > user.length) {
            user = Arrays.copyOf(user, n);
            item = Arrays.copyOf(item, n);
            rating = Arrays.copyOf(rating, n);
            time = Arrays.copyOf(time, n);
            mergedCount = Arrays.copyOf(mergedCount, n);
        }
        expectedRows = Math.max(expectedRows, n);
    }

    /** Adds one interaction; returns false if it was merged into an earlier row for the same pair. */
    public boolean add(String userId, String itemId, double ratingValue, long timestamp) {
        return addIds(users.idOf(userId), items.idOf(itemId), ratingValue, timestamp);
    }

    /** As {@link #add(String, String, double, long)}, of ids already in {@link #users()} and {@link #items()}. */
    public boolean addIds(int u, int i, double ratingValue, long timestamp) {
        int existing = GroupedPairs.UNGROUPED;
        if (grouped != null) {
            if (size == 1 && u != user[0] && i == item[0]) { // a file listed item by item
                groupedByItem = true;
                grouped = new GroupedPairs();
                grouped.putIfAbsent(item[0], user[0], 0);
            }
            existing = groupedByItem ? grouped.putIfAbsent(i, u, size) : grouped.putIfAbsent(u, i, size);
        }
        if (existing == GroupedPairs.UNGROUPED) {
            grouped = null;
            if (rowOfPair == null) {
                rowOfPair = new PairRows(Math.max(size + 1, expectedRows));
                for (int r = 0; r < size; r++) {
                    rowOfPair.putIfAbsent(user[r], item[r], r);
                }
            }
            existing = rowOfPair.putIfAbsent(u, i, size);
        }
        if (existing >= 0) {
            merge(existing, ratingValue, timestamp);
            duplicateCount++;
            return false;
        }
        grow();
        user[size] = u;
        item[size] = i;
        rating[size] = (float) ratingValue;
        time[size] = timestamp;
        mergedCount[size] = 1;
        size++;
        return true;
    }

    private void merge(int row, double ratingValue, long timestamp) {
        if (duplicates == DuplicatePolicy.AVERAGE && !Double.isNaN(ratingValue) && !Float.isNaN(rating[row])) {
            int n = mergedCount[row];
            rating[row] = (float) ((rating[row] * (double) n + ratingValue) / (n + 1));
            mergedCount[row] = n + 1;
            time[row] = Math.max(time[row], timestamp);
        } else {
            rating[row] = (float) ratingValue;
            time[row] = timestamp;
        }
    }

    /**
     * Trims the columns to the rows and lets the pair table go: a finished import no longer looks pairs up, and
     * the doubling growth and the half-empty table together held up to a third of a large import's heap. A later
     * {@link #add} rebuilds the table.
     */
    public void compact() {
        grouped = null;
        rowOfPair = null;
        if (user.length > size) {
            user = Arrays.copyOf(user, size);
            item = Arrays.copyOf(item, size);
            rating = Arrays.copyOf(rating, size);
            time = Arrays.copyOf(time, size);
            mergedCount = Arrays.copyOf(mergedCount, size);
        }
    }

    private void grow() {
        if (size == user.length) {
            int n = Math.max(1024, size * 2);
            user = Arrays.copyOf(user, n);
            item = Arrays.copyOf(item, n);
            rating = Arrays.copyOf(rating, n);
            time = Arrays.copyOf(time, n);
            mergedCount = Arrays.copyOf(mergedCount, n);
        }
    }

    public int size() {
        return size;
    }

    public int user(int row) {
        return user[row];
    }

    public int item(int row) {
        return item[row];
    }

    public double rating(int row) {
        return rating[row];
    }

    public long time(int row) {
        return time[row];
    }

    public String userId(int row) {
        return users.name(user[row]);
    }

    public String itemId(int row) {
        return items.name(item[row]);
    }

    public IdIndex users() {
        return users;
    }

    public IdIndex items() {
        return items;
    }

    /** How many added rows were merged into an earlier row for the same (user, item) pair. */
    public int duplicateCount() {
        return duplicateCount;
    }

    public DuplicatePolicy duplicatePolicy() {
        return duplicates;
    }

    public boolean hasRatings() {
        for (int r = 0; r < size; r++) {
            if (!Float.isNaN(rating[r])) {
                return true;
            }
        }
        return false;
    }
}
