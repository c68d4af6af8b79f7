package org.recbridge.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;

/**
 * What a domain's training rows say about items and users as a handful of numbers (the field's strong simple
 * baseline: Koren's additive model r = mu + b_u + b_i with shrunk terms, and the item's shrunk mean and like rate).
 * Fitted on one domain's training rows only. For a row that is itself a training row, every number leaves out that
 * user's own rows of the item ("leave the user out"), so training rows see their features as test rows do and the
 * model cannot learn to read its label off a feature. Features, all 0 for an average or unknown item or user:
 * <ul>
 *   <li>{@value #ITEM_COUNT}: log(1 + the item's rows), or positives for implicit data;</li>
 *   <li>{@value #ITEM_MEAN}: the item's mean rating shrunk towards the global mean, minus it (ratings);</li>
 *   <li>{@value #ITEM_LIKE}: the item's like rate, shrunk and centred likewise (classification);</li>
 *   <li>{@value #ITEM_BIAS}: b_i of the additive model, after the users' biases (ratings);</li>
 *   <li>{@value #USER_BIAS} and {@value #USER_LIKE_BIAS}: b_u of the additive model on the rating and on the like
 *       scale, after the items' biases: how much more this user rates or likes than the item says;</li>
 *   <li>{@value #USER_COUNT}: log(1 + the user's positives) (implicit data, where there is nothing else).</li>
 * </ul>
 * The item's own terms (b_i) are to first order free of the row too: the user biases they subtract were fitted on
 * every row, so a row's rating reaches its item bias only through other users' biases, weighted by 1/(n+k) twice.
 */
public final class BaselineFeatures implements java.io.Serializable {
    public static final String PREFIX = "base.";
    public static final String ITEM_COUNT = PREFIX + "item_count";
    public static final String ITEM_MEAN = PREFIX + "item_mean";
    public static final String ITEM_LIKE = PREFIX + "item_like";
    public static final String ITEM_BIAS = PREFIX + "item_bias";
    public static final String USER_BIAS = PREFIX + "user_bias";
    public static final String USER_LIKE_BIAS = PREFIX + "user_like_bias";
    public static final String USER_COUNT = PREFIX + "user_count";
    /** Flags a user this domain's training rows do not hold, where the user terms stand alone (bias-transfer). */
    public static final String USER_NEW = PREFIX + "user_new";
    /** The numbers, each a suffix of its feature's name (a source's user numbers carry its prefix first). */
    private static final List<String> NUMBERS = List.of(ITEM_COUNT, ITEM_MEAN, ITEM_LIKE, ITEM_BIAS, USER_BIAS,
            USER_LIKE_BIAS, USER_COUNT);
    /** Shrinkage strengths tried on validation rows (pseudo-counts of the global mean). */
    public static final double[] SHRINKAGE_GRID = {1, 2, 5, 10, 20, 50, 100};
    /** Used when validation cannot tell (no validation row of a known user or item). */
    public static final double DEFAULT_SHRINKAGE = 10;

    private final TaskKind kind;
    private final double mu;
    private final double likeMu;
    private final Shrinkage shrinkage;
    private final Map<String, Integer> itemIndex;
    /** Per item: rows (positives for implicit), rating sum, like sum, sum of r - mu - b_u, first-pass bias. */
    private final int[] itemN;
    private final double[] itemR;
    private final double[] itemL;
    private final double[] itemResidual;
    private final double[] itemBias0;
    private final Map<String, Integer> userIndex;
    /** Per user: rows, sum of r - mu - b_i0, sum of like - likeMu - bl_i0. */
    private final int[] userN;
    private final double[] userResidual;
    private final double[] userLikeResidual;
    /** The training pairs (user index << 32 | item index), sorted, with their summed rows; null: none to leave out. */
    private final long[] pairKeys;
    private final int[] pairN;
    private final double[] pairR;
    private final double[] pairL;
    private final java.util.concurrent.ConcurrentHashMap<String, String[]> userNames =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** This domain's own baseline when users were borrowed from a source ({@link #withUsersFrom}), else null. */
    private final BaselineFeatures own;

    /** Shrinkage pseudo-counts of item terms and of user terms. */
    public record Shrinkage(double item, double user) implements java.io.Serializable {
        public static final Shrinkage DEFAULT = new Shrinkage(DEFAULT_SHRINKAGE, DEFAULT_SHRINKAGE);

        public Shrinkage {
            if (!(item >= 0) || !(user >= 0) || Double.isInfinite(item) || Double.isInfinite(user)) {
                throw new IllegalArgumentException("shrinkage must be a finite number at least 0, got " + item
                        + " and " + user);
            }
        }
    }

    /**
     * The sums of a fitted baseline, as export saves them: per item {rows, rating sum, like sum, residual sum,
     * first-pass bias}, per user {rows, residual sum, like residual sum}.
     */
    public record Sums(TaskKind kind, double mu, double likeMu, Shrinkage shrinkage, Map<String, double[]> items,
                       Map<String, double[]> users) {
    }

    private BaselineFeatures(TaskKind kind, double mu, double likeMu, Shrinkage shrinkage, Map<String, Integer> itemIndex,
                             int[] itemN, double[] itemR, double[] itemL, double[] itemResidual, double[] itemBias0,
                             Map<String, Integer> userIndex, int[] userN, double[] userResidual,
                             double[] userLikeResidual, long[] pairKeys, int[] pairN, double[] pairR, double[] pairL,
                             BaselineFeatures own) {
        this.own = own;
        this.kind = kind;
        this.mu = mu;
        this.likeMu = likeMu;
        this.shrinkage = shrinkage;
        this.itemIndex = itemIndex;
        this.itemN = itemN;
        this.itemR = itemR;
        this.itemL = itemL;
        this.itemResidual = itemResidual;
        this.itemBias0 = itemBias0;
        this.userIndex = userIndex;
        this.userN = userN;
        this.userResidual = userResidual;
        this.userLikeResidual = userLikeResidual;
        this.pairKeys = pairKeys;
        this.pairN = pairN;
        this.pairR = pairR;
        this.pairL = pairL;
    }

    /**
     * Fits on {@code train} with shrinkage chosen on {@code validation} where not given: the item strength that best
     * predicts the validation rows' ratings (or likes) by the shrunk item mean, then the user strength that best
     * predicts them by mu + b_i + b_u. Never reads a test row.
     *
     * @param given the project's strengths; either may be null to choose it
     */
    public static BaselineFeatures fit(List<Row> train, List<Row> validation, TaskKind kind, Double givenItem,
                                       Double givenUser) {
        double item = givenItem != null ? givenItem : DEFAULT_SHRINKAGE;
        double user = givenUser != null ? givenUser : DEFAULT_SHRINKAGE;
        if (kind != TaskKind.IMPLICIT && (givenItem == null || givenUser == null)) {
            BaselineFeatures probe = fit(train, kind, new Shrinkage(item, user));
            if (givenItem == null) {
                item = probe.best(validation, true, item);
                probe = fit(train, kind, new Shrinkage(item, user));
            }
            if (givenUser == null) {
                user = probe.best(validation, false, user);
            }
        }
        return fit(train, kind, new Shrinkage(item, user));
    }

    /** Fits on {@code train} with these strengths. */
    public static BaselineFeatures fit(List<Row> train, TaskKind kind, Shrinkage shrinkage) {
        Map<String, Integer> items = new HashMap<>();
        Map<String, Integer> users = new HashMap<>();
        double rSum = 0;
        double lSum = 0;
        int n = 0;
        for (Row r : train) {
            if (counts(r, kind)) {
                items.putIfAbsent(r.item(), items.size());
                users.putIfAbsent(r.user(), users.size());
                rSum += kind == TaskKind.IMPLICIT ? 0 : r.rating();
                lSum += r.label();
                n++;
            }
        }
        double mu = n == 0 ? 0 : rSum / n;
        double likeMu = n == 0 ? 0 : lSum / n;
        int[] itemN = new int[items.size()];
        double[] itemR = new double[items.size()];
        double[] itemL = new double[items.size()];
        long[] keys = new long[n];
        int at = 0;
        for (Row r : train) {
            if (counts(r, kind)) {
                int i = items.get(r.item());
                itemN[i]++;
                itemR[i] += rating(r, kind);
                itemL[i] += r.label();
                keys[at++] = ((long) users.get(r.user()) << 32) | i;
            }
        }
        double[] bias0 = new double[items.size()];
        double[] likeBias0 = new double[items.size()];
        for (int i = 0; i < bias0.length; i++) {
            bias0[i] = (itemR[i] - itemN[i] * mu) / (itemN[i] + shrinkage.item());
            likeBias0[i] = (itemL[i] - itemN[i] * likeMu) / (itemN[i] + shrinkage.item());
        }
        int[] userN = new int[users.size()];
        double[] userRes = new double[users.size()];
        double[] userLikeRes = new double[users.size()];
        for (Row r : train) {
            if (counts(r, kind)) {
                int u = users.get(r.user());
                int i = items.get(r.item());
                userN[u]++;
                userRes[u] += rating(r, kind) - mu - bias0[i];
                userLikeRes[u] += r.label() - likeMu - likeBias0[i];
            }
        }
        double[] itemRes = new double[items.size()];
        for (Row r : train) {
            if (counts(r, kind)) {
                int u = users.get(r.user());
                itemRes[items.get(r.item())] += rating(r, kind) - mu - userRes[u] / (userN[u] + shrinkage.user());
            }
        }
        // the pairs, sorted and summed, so a training row finds what to leave out by binary search
        Arrays.sort(keys);
        int distinct = 0;
        for (int k = 0; k < keys.length; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                keys[distinct++] = keys[k];
            }
        }
        long[] pairKeys = Arrays.copyOf(keys, distinct);
        int[] pairN = new int[distinct];
        double[] pairR = new double[distinct];
        double[] pairL = new double[distinct];
        for (Row r : train) {
            if (counts(r, kind)) {
                int p = Arrays.binarySearch(pairKeys, ((long) users.get(r.user()) << 32) | items.get(r.item()));
                pairN[p]++;
                pairR[p] += rating(r, kind);
                pairL[p] += r.label();
            }
        }
        return new BaselineFeatures(kind, mu, likeMu, shrinkage, Map.copyOf(items), itemN, itemR, itemL, itemRes, bias0,
                Map.copyOf(users), userN, userRes, userLikeRes, pairKeys, pairN, pairR, pairL, null);
    }

    /** A baseline read back from its sums (an exported model): no training pair to leave out. */
    public static BaselineFeatures of(Sums sums) {
        Map<String, Integer> items = new HashMap<>();
        int ni = sums.items().size();
        int[] itemN = new int[ni];
        double[] itemR = new double[ni];
        double[] itemL = new double[ni];
        double[] itemRes = new double[ni];
        double[] bias0 = new double[ni];
        for (Map.Entry<String, double[]> e : sums.items().entrySet()) {
            int i = items.size();
            items.put(e.getKey(), i);
            double[] v = e.getValue();
            itemN[i] = (int) v[0];
            itemR[i] = v[1];
            itemL[i] = v[2];
            itemRes[i] = v[3];
            bias0[i] = v[4];
        }
        Map<String, Integer> users = new HashMap<>();
        int nu = sums.users().size();
        int[] userN = new int[nu];
        double[] userRes = new double[nu];
        double[] userLikeRes = new double[nu];
        for (Map.Entry<String, double[]> e : sums.users().entrySet()) {
            int u = users.size();
            users.put(e.getKey(), u);
            userN[u] = (int) e.getValue()[0];
            userRes[u] = e.getValue()[1];
            userLikeRes[u] = e.getValue()[2];
        }
        return new BaselineFeatures(sums.kind(), sums.mu(), sums.likeMu(), sums.shrinkage(), Map.copyOf(items), itemN,
                itemR, itemL, itemRes, bias0, Map.copyOf(users), userN, userRes, userLikeRes, null, null, null, null, null);
    }

    /**
     * This baseline with the user numbers of {@code source} for the users this domain's training rows do not hold
     * (cold-start users): their bias is then their bias in the source, so a model that learnt how much a user's
     * bias matters from source rows (pooled, fine-tune) reads it for them in the target too. The source's numbers
     * come from its own rows, never from this domain's validation or test rows.
     */
    public BaselineFeatures withUsersFrom(BaselineFeatures source) {
        BaselineFeatures base = own != null ? own : this;
        java.util.Map<String, Integer> users = new HashMap<>(userIndex);
        int n = userN.length;
        int[] un = Arrays.copyOf(userN, n + source.userN.length);
        double[] ur = Arrays.copyOf(userResidual, un.length);
        double[] ul = Arrays.copyOf(userLikeResidual, un.length);
        for (Map.Entry<String, Integer> e : source.userIndex.entrySet()) {
            if (!users.containsKey(e.getKey())) {
                int u = n++;
                users.put(e.getKey(), u);
                un[u] = source.userN[e.getValue()];
                ur[u] = source.userResidual[e.getValue()];
                ul[u] = source.userLikeResidual[e.getValue()];
            }
        }
        return new BaselineFeatures(kind, mu, likeMu, shrinkage, itemIndex, itemN, itemR, itemL, itemResidual,
                itemBias0, Map.copyOf(users), Arrays.copyOf(un, n), Arrays.copyOf(ur, n), Arrays.copyOf(ul, n), pairKeys,
                pairN, pairR, pairL, base);
    }

    /** This domain's numbers alone, without users borrowed from a source (what target-only may use). */
    public BaselineFeatures withoutBorrowedUsers() {
        return own != null ? own : this;
    }

    /** The sums export saves ({@link #of} reads them back). */
    public Sums sums() {
        Map<String, double[]> items = new LinkedHashMap<>();
        itemIndex.forEach((id, i) -> items.put(id, new double[] {itemN[i], itemR[i], itemL[i], itemResidual[i],
                itemBias0[i]}));
        Map<String, double[]> users = new LinkedHashMap<>();
        userIndex.forEach((id, u) -> users.put(id, new double[] {userN[u], userResidual[u], userLikeResidual[u]}));
        return new Sums(kind, mu, likeMu, shrinkage, items, users);
    }

    public Shrinkage shrinkage() {
        return shrinkage;
    }

    public TaskKind kind() {
        return kind;
    }

    /** The item's quality features of this row, leaving out the row's user if the row is a training row. */
    public void addItemFeatures(Row row, FeatureSink sink) {
        int i = index(itemIndex, row.item());
        if (i >= 0) {
            int u = index(userIndex, row.user());
            items(i, u, pair(u, i), sink);
        }
    }

    /**
     * The user's bias features in this domain, under {@code prefix}; leaving out the row's own item if
     * {@code row} is a training row of this domain. An unknown user adds nothing (0: an average user).
     */
    public void addUserFeatures(String prefix, Row row, boolean leaveOut, FeatureSink sink) {
        int u = index(userIndex, row.user());
        if (u >= 0) {
            int i = leaveOut ? index(itemIndex, row.item()) : -1;
            users(prefix, u, i, pair(u, i), sink);
        }
    }

    /** The item's and the user's features of a row of this domain ({@value #PREFIX}), each id looked up once. */
    public void addFeatures(Row row, FeatureSink sink) {
        int i = index(itemIndex, row.item());
        int u = index(userIndex, row.user());
        int p = pair(u, i);
        if (i >= 0) {
            items(i, u, p, sink);
        }
        if (u >= 0) {
            users(PREFIX, u, i, p, sink);
        }
    }

    /** Item {@code i}'s numbers, without training pair {@code p} (-1: none) of user {@code u}. */
    private void items(int i, int u, int p, FeatureSink sink) {
        int n = itemN[i] - (p < 0 ? 0 : pairN[p]);
        sink.add(ITEM_COUNT, Math.log1p(n));
        if (kind == TaskKind.IMPLICIT) {
            return;
        }
        double k = shrinkage.item();
        double r = itemR[i] - (p < 0 ? 0 : pairR[p]);
        sink.add(ITEM_MEAN, (r - n * mu) / (n + k));
        if (kind == TaskKind.CLASSIFICATION) {
            double l = itemL[i] - (p < 0 ? 0 : pairL[p]);
            sink.add(ITEM_LIKE, (l - n * likeMu) / (n + k));
        }
        double residual = itemResidual[i];
        if (p >= 0) {
            residual -= pairR[p] - pairN[p] * (mu + userResidual[u] / (userN[u] + shrinkage.user()));
        }
        sink.add(ITEM_BIAS, residual / (n + k));
    }

    /** User {@code u}'s numbers, without training pair {@code p} (-1: none) of item {@code i}. */
    private void users(String prefix, int u, int i, int p, FeatureSink sink) {
        int n = userN[u] - (p < 0 ? 0 : pairN[p]);
        String[] names = userNames(prefix);
        if (kind == TaskKind.IMPLICIT) {
            sink.add(names[2], Math.log1p(n));
            return;
        }
        double k = shrinkage.user();
        double residual = userResidual[u] - (p < 0 ? 0 : pairR[p] - pairN[p] * (mu + itemBias0[i]));
        sink.add(names[0], residual / (n + k));
        if (kind == TaskKind.CLASSIFICATION) {
            double like = userLikeResidual[u];
            if (p >= 0) {
                double likeBias0 = (itemL[i] - itemN[i] * likeMu) / (itemN[i] + shrinkage.item());
                like -= pairL[p] - pairN[p] * (likeMu + likeBias0);
            }
            sink.add(names[1], like / (n + k));
        }
    }

    private static int index(Map<String, Integer> ids, String id) {
        Integer at = ids.get(id);
        return at == null ? -1 : at;
    }

    /** The items the training rows hold. */
    public java.util.Set<String> items() {
        return itemIndex.keySet();
    }

    /** The users the training rows hold. */
    public java.util.Set<String> users() {
        return userIndex.keySet();
    }

    /**
     * The user features' names under {@code prefix} (bias, like bias, count), made once per prefix: a name made per
     * row would be a new string whose hash every encoder computes again.
     */
    private String[] userNames(String prefix) {
        String[] names = userNames.get(prefix);
        if (names == null) {
            String[] made = new String[3];
            int cut = PREFIX.length();
            made[0] = prefix + USER_BIAS.substring(cut);
            made[1] = prefix + USER_LIKE_BIAS.substring(cut);
            made[2] = prefix + USER_COUNT.substring(cut);
            names = userNames.computeIfAbsent(prefix, x -> made);
        }
        return names;
    }

    /**
     * Whether {@code featureName} is one of these numbers, under any prefix: a number nearly every row carries,
     * unlike an id or the {@value #USER_NEW} flag.
     */
    public static boolean isNumber(String featureName) {
        for (String number : NUMBERS) {
            if (featureName.endsWith(number)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the domain's training rows hold this user. */
    public boolean knows(String user) {
        return userIndex.containsKey(user);
    }

    /** The index of the training pair (user u, item i), or -1 (not a training pair, or nothing to leave out). */
    private int pair(int u, int i) {
        if (pairKeys == null || u < 0 || i < 0) {
            return -1;
        }
        int p = Arrays.binarySearch(pairKeys, ((long) u << 32) | i);
        return p < 0 ? -1 : p;
    }

    /**
     * The strength of the grid whose baseline predicts the validation rows best (squared error on the rating, or on
     * the like label for classification): by the shrunk item mean ({@code item}) or by mu + b_i + b_u. Keeps
     * {@code fallback} when no validation row has a known item (or user).
     */
    private double best(List<Row> validation, boolean item, double fallback) {
        double bestK = fallback;
        double bestLoss = Double.POSITIVE_INFINITY;
        boolean like = kind == TaskKind.CLASSIFICATION;
        for (double k : SHRINKAGE_GRID) {
            double loss = 0;
            int used = 0;
            for (Row r : validation) {
                Integer i = itemIndex.get(r.item());
                Integer u = userIndex.get(r.user());
                if (i == null || (!item && u == null) || (!like && Double.isNaN(r.rating()))) {
                    continue;
                }
                double target = like ? r.label() : r.rating();
                double base = like ? likeMu : mu;
                double sum = like ? itemL[i] : itemR[i];
                double guess;
                if (item) {
                    guess = base + (sum - itemN[i] * base) / (itemN[i] + k);
                } else {
                    double itemTerm = (sum - itemN[i] * base) / (itemN[i] + shrinkage.item());
                    guess = base + itemTerm + (like ? userLikeResidual[u] : userResidual[u]) / (userN[u] + k);
                }
                loss += (target - guess) * (target - guess);
                used++;
            }
            if (used > 0 && loss < bestLoss - 1e-12) {
                bestLoss = loss;
                bestK = k;
            }
        }
        return bestK;
    }

    private static boolean counts(Row r, TaskKind kind) {
        return kind == TaskKind.IMPLICIT ? r.positive() : !Double.isNaN(r.rating());
    }

    private static double rating(Row r, TaskKind kind) {
        return kind == TaskKind.IMPLICIT ? 0 : r.rating();
    }
}
