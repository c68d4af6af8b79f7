package org.recbridge.synth;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;

/**
 * Generates a source ("movies") and a target ("books") domain from one latent model.
 *
 * <ul>
 *   <li>User u has a source taste s_u ~ N(0, I) and a target taste t_u = rho s_u + sqrt(1 - rho^2) z_u;
 *       the user's rating bias is linked across the domains the same way.</li>
 *   <li>Items belong to one of {@link #GENRES}; an item vector is its genre centroid plus noise. The
 *       centroids are the same in both domains, so "likes comedy" carries over with strength rho.</li>
 *   <li>The score dot(taste, item) / scale + user bias + item bias plus N(0, {@link #RATING_NOISE_SD}^2)
 *       noise is cut into ratings 1..5; score &gt;= 0 is a like (rating &gt;= 4). Label noise swaps like and
 *       dislike (4&lt;-&gt;3, 5&lt;-&gt;2, 1-&gt;5).</li>
 *   <li>Which items a user rates follows a Zipf-like popularity; how many follows the user's activity.</li>
 * </ul>
 * Everything is drawn from {@link SplittableRandom}s derived from the seed, so equal settings give equal data.
 */
public final class SyntheticGenerator {
    public static final String SOURCE_NAME = "movies";
    public static final String TARGET_NAME = "books";
    public static final List<String> GENRES = List.of("action", "comedy", "drama", "romance", "scifi", "thriller");
    public static final List<String> AGE_GROUPS = List.of("18-24", "25-34", "35-44", "45-54", "55+");
    /** Names of the user feature columns, the same in both domains. */
    public static final String AGE_GROUP = "age_group";
    public static final String ACTIVITY = "activity";
    /** Names of the item feature columns, the same in both domains. */
    public static final String GENRE = "genre";
    public static final String YEAR = "year";

    public static final double RATING_NOISE_SD = 0.5;
    static final double USER_BIAS_SD = 0.4;
    static final double ITEM_BIAS_SD = 0.3;
    static final double ITEM_SPREAD = 0.7;
    /** Correlation of the hidden age signal with the first taste dimension. */
    static final double AGE_TASTE_LINK = 0.4;
    static final double ACTIVITY_SD = 0.5;
    /** Latent value cut points between ratings 1|2, 2|3, 3|4 and 4|5. */
    private static final double[] CUTS = {-1.5, -0.7, 0.0, 1.0};
    /** Standard normal cut points of the five age groups (about 17/23/20/23/17 %). */
    private static final double[] AGE_CUTS = {-0.97, -0.25, 0.25, 0.97};
    private static final long FIRST_START = 1_514_764_800L; // 2018-01-01T00:00:00Z
    private static final long START_SPAN = 4L * 365 * 86_400;
    private static final double MEAN_GAP_SECONDS = 2.0 * 86_400;

    private enum Role { SHARED, SOURCE_ONLY, TARGET_ONLY }

    private SyntheticGenerator() {
    }

    public static SyntheticPair generate(SyntheticSettings s) {
        Population p = population(s);
        Items sourceItems = items("m", s.sourceItems(), 1995, p.centroids, s.itemPopularitySkew(), p.sourceItemRng);
        Items targetItems = items("b", s.targetItems(), 2005, p.centroids, s.itemPopularitySkew(), p.targetItemRng);

        Set<String> shared = new HashSet<>();
        for (int u = 0; u < p.ids.length; u++) {
            if (p.roles[u] == Role.SHARED) {
                shared.add(p.ids[u]);
            }
        }

        Built source = build(SOURCE_NAME, s, Role.SOURCE_ONLY, p, p.sourceTaste, p.sourceBias,
                sourceItems, s.sourceInteractionsPerUser(), p.sourceRatingRng);
        Built target = build(TARGET_NAME, s, Role.TARGET_ONLY, p, p.targetTaste, p.targetBias,
                targetItems, s.targetInteractionsPerUser(), p.targetRatingRng);
        return new SyntheticPair(source.domain, target.domain, shared, source.truth, target.truth, s);
    }

    /**
     * A further source domain of the same users as {@link #generate}'s source (the shared and the source-only
     * ones), whose tastes correlate with the target's by {@code rho}: t_u rho + sqrt(1 - rho^2) z_u. Its own
     * catalogue of {@code sourceItems} items (ids starting with the name's first letter) and the source's
     * interactions per user. Drawn from streams of its own ({@code index}, 0 for the first further source), so
     * adding one changes neither the pair nor the other further sources.
     */
    public static Domain extraSource(SyntheticSettings s, String name, double rho, int index) {
        if (!(rho >= 0 && rho <= 1)) {
            throw new IllegalArgumentException("rho of source " + name + " must be between 0 and 1, was " + rho);
        }
        Population p = population(s);
        SplittableRandom rng = p.extraRng;
        for (int i = 0; i < index; i++) {
            rng.split();
        }
        SplittableRandom own = rng.split();
        SplittableRandom tasteRng = own.split();
        SplittableRandom itemRng = own.split();
        SplittableRandom ratingRng = own.split();
        int n = p.ids.length;
        int d = s.latentDim();
        double rhoC = Math.sqrt(1 - rho * rho);
        double[][] taste = new double[n][d];
        double[] bias = new double[n];
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < d; k++) {
                taste[u][k] = rho * p.targetTaste[u][k] + rhoC * tasteRng.nextGaussian();
            }
            bias[u] = rho * p.targetBias[u] + rhoC * USER_BIAS_SD * tasteRng.nextGaussian();
        }
        Items items = items(name.substring(0, 1), s.sourceItems(), 2000, p.centroids, s.itemPopularitySkew(),
                itemRng);
        return build(name, s, Role.SOURCE_ONLY, p, taste, bias, items, s.sourceInteractionsPerUser(), ratingRng)
                .domain;
    }

    /** The users (ids, roles, tastes, biases, activity, age) and genre centroids, with the streams for the rest. */
    private record Population(String[] ids, Role[] roles, double[][] sourceTaste, double[][] targetTaste,
                              double[] sourceBias, double[] targetBias, double[] activity, String[] ageGroup,
                              double[][] centroids, SplittableRandom sourceItemRng, SplittableRandom targetItemRng,
                              SplittableRandom sourceRatingRng, SplittableRandom targetRatingRng,
                              SplittableRandom extraRng) {
    }

    private static Population population(SyntheticSettings s) {
        SplittableRandom root = new SplittableRandom(s.seed());
        SplittableRandom roleRng = root.split();
        SplittableRandom userRng = root.split();
        SplittableRandom genreRng = root.split();
        SplittableRandom sourceItemRng = root.split();
        SplittableRandom targetItemRng = root.split();
        SplittableRandom sourceRatingRng = root.split();
        SplittableRandom targetRatingRng = root.split();
        // split after the others, so further sources leave the pair's streams as they were
        SplittableRandom extraRng = root.split();

        int d = s.latentDim();
        int n = s.users();
        String[] ids = userIds(n);
        Role[] roles = roles(s, roleRng);

        // every user gets both tastes, so changing the shared fraction does not change anyone's taste
        double rhoC = Math.sqrt(1 - s.rho() * s.rho());
        double[][] sourceTaste = new double[n][d];
        double[][] targetTaste = new double[n][d];
        double[] sourceBias = new double[n];
        double[] targetBias = new double[n];
        double[] activity = new double[n];
        String[] ageGroup = new String[n];
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < d; k++) {
                double sk = userRng.nextGaussian();
                sourceTaste[u][k] = sk;
                targetTaste[u][k] = s.rho() * sk + rhoC * userRng.nextGaussian();
            }
            double bs = userRng.nextGaussian();
            sourceBias[u] = USER_BIAS_SD * bs;
            targetBias[u] = USER_BIAS_SD * (s.rho() * bs + rhoC * userRng.nextGaussian());
            activity[u] = Math.exp(ACTIVITY_SD * userRng.nextGaussian() - ACTIVITY_SD * ACTIVITY_SD / 2);
            double ageSignal = AGE_TASTE_LINK * sourceTaste[u][0]
                    + Math.sqrt(1 - AGE_TASTE_LINK * AGE_TASTE_LINK) * userRng.nextGaussian();
            ageGroup[u] = AGE_GROUPS.get(bucket(ageSignal, AGE_CUTS));
        }

        double[][] centroids = new double[GENRES.size()][d];
        for (double[] c : centroids) {
            for (int k = 0; k < d; k++) {
                c[k] = genreRng.nextGaussian();
            }
        }
        return new Population(ids, roles, sourceTaste, targetTaste, sourceBias, targetBias, activity, ageGroup,
                centroids, sourceItemRng, targetItemRng, sourceRatingRng, targetRatingRng, extraRng);
    }

    private static String[] userIds(int n) {
        int width = Math.max(5, String.valueOf(n).length());
        String[] ids = new String[n];
        for (int u = 0; u < n; u++) {
            ids[u] = "u" + pad(u + 1, width);
        }
        return ids;
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static Role[] roles(SyntheticSettings s, SplittableRandom rng) {
        Role[] roles = new Role[s.users()];
        int shared = s.sharedUsers();
        int sourceOnly = s.sourceOnlyUsers();
        for (int u = 0; u < roles.length; u++) {
            roles[u] = u < shared ? Role.SHARED : u < shared + sourceOnly ? Role.SOURCE_ONLY : Role.TARGET_ONLY;
        }
        for (int i = roles.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Role t = roles[i];
            roles[i] = roles[j];
            roles[j] = t;
        }
        return roles;
    }

    private static int bucket(double x, double[] cuts) {
        int b = 0;
        while (b < cuts.length && x >= cuts[b]) {
            b++;
        }
        return b;
    }

    /** Items of one domain: ids, latent vectors, biases, genres, years and exposure sampler. */
    private record Items(String[] ids, double[][] vectors, double[] bias, int[] genre, int[] year,
                         double scale, ItemSampler sampler) {
    }

    private static Items items(String prefix, int count, int baseYear, double[][] centroids, double skew,
                               SplittableRandom rng) {
        int d = centroids[0].length;
        int width = Math.max(4, String.valueOf(count).length());
        String[] ids = new String[count];
        double[][] vectors = new double[count][d];
        double[] bias = new double[count];
        int[] genre = new int[count];
        int[] year = new int[count];
        double sumSquares = 0;
        for (int i = 0; i < count; i++) {
            ids[i] = prefix + pad(i + 1, width);
            genre[i] = rng.nextInt(centroids.length);
            for (int k = 0; k < d; k++) {
                vectors[i][k] = centroids[genre[i]][k] + ITEM_SPREAD * rng.nextGaussian();
                sumSquares += vectors[i][k] * vectors[i][k];
            }
            double q = rng.nextGaussian();
            bias[i] = ITEM_BIAS_SD * q;
            // better items tend to be newer: the year is a weak, honest signal of quality
            double y = baseYear + 12 * (0.5 * q + Math.sqrt(0.75) * rng.nextGaussian());
            year[i] = (int) Math.max(1920, Math.min(2024, Math.round(y)));
        }
        // random popularity ranks, Zipf-like weights
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = Math.pow(rank[i] + 1, -skew);
        }
        double scale = Math.sqrt(sumSquares / count);
        if (!(scale > 0)) {
            scale = 1;
        }
        return new Items(ids, vectors, bias, genre, year, scale, new ItemSampler(weights));
    }

    private record Built(Domain domain, DomainTruth truth) {
    }

    private static Built build(String name, SyntheticSettings s, Role only, Population p,
                               double[][] taste, double[] userBias, Items items, double meanPerUser,
                               SplittableRandom rng) {
        String[] ids = p.ids;
        Role[] roles = p.roles;
        double[] activity = p.activity;
        String[] ageGroup = p.ageGroup;
        Interactions interactions = new Interactions(DuplicatePolicy.KEEP_LAST);
        Map<String, double[]> tasteOf = new LinkedHashMap<>();
        Map<String, Double> biasOf = new LinkedHashMap<>();
        FeatureTable users = null;
        if (s.userFeatures()) {
            Map<String, ColumnRole> cols = new LinkedHashMap<>();
            cols.put(AGE_GROUP, ColumnRole.CATEGORICAL);
            cols.put(ACTIVITY, ColumnRole.NUMERIC);
            users = new FeatureTable("user", cols);
        }
        int d = s.latentDim();
        for (int u = 0; u < ids.length; u++) {
            if (roles[u] != Role.SHARED && roles[u] != only) {
                continue;
            }
            tasteOf.put(ids[u], taste[u]);
            biasOf.put(ids[u], userBias[u]);
            if (users != null) {
                users.put(ids[u], new Object[] {ageGroup[u], Math.round(activity[u] * 100) / 100.0});
            }
            int count = 1 + poisson((meanPerUser - 1) * activity[u], rng);
            int[] chosen = items.sampler.sample(count, rng);
            long time = FIRST_START + (long) (rng.nextDouble() * START_SPAN);
            for (int i : chosen) {
                time += 1 + (long) (-MEAN_GAP_SECONDS * Math.log(1.0 - rng.nextDouble()));
                double dot = 0;
                double[] v = items.vectors[i];
                for (int k = 0; k < d; k++) {
                    dot += taste[u][k] * v[k];
                }
                double score = dot / items.scale + userBias[u] + items.bias[i];
                int rating = 1 + bucket(score + RATING_NOISE_SD * rng.nextGaussian(), CUTS);
                // always draw, so the label noise setting does not shift the rest of the stream
                if (rng.nextDouble() < s.labelNoise()) {
                    rating = flip(rating);
                }
                interactions.add(ids[u], items.ids[i], rating, time);
            }
        }

        Map<String, double[]> vectorOf = new LinkedHashMap<>();
        Map<String, Double> itemBiasOf = new LinkedHashMap<>();
        Map<String, String> genreOf = new LinkedHashMap<>();
        FeatureTable itemTable = null;
        if (s.itemFeatures()) {
            Map<String, ColumnRole> cols = new LinkedHashMap<>();
            cols.put(GENRE, ColumnRole.CATEGORICAL);
            cols.put(YEAR, ColumnRole.NUMERIC);
            itemTable = new FeatureTable("item", cols);
        }
        for (int i = 0; i < items.ids.length; i++) {
            String id = items.ids[i];
            vectorOf.put(id, items.vectors[i]);
            itemBiasOf.put(id, items.bias[i]);
            genreOf.put(id, GENRES.get(items.genre[i]));
            if (itemTable != null) {
                itemTable.put(id, new Object[] {GENRES.get(items.genre[i]), (double) items.year[i]});
            }
        }
        Domain domain = new Domain(name, interactions, users, itemTable);
        DomainTruth truth = new DomainTruth(tasteOf, biasOf, vectorOf, itemBiasOf, genreOf, items.scale);
        return new Built(domain, truth);
    }

    /** Swaps like and dislike: 4&lt;-&gt;3, 5&lt;-&gt;2, 1-&gt;5. */
    static int flip(int rating) {
        return rating == 1 ? 5 : 7 - rating;
    }

    static int poisson(double lambda, SplittableRandom rng) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double limit = Math.exp(-lambda);
            double p = rng.nextDouble();
            int k = 0;
            while (p > limit) {
                p *= rng.nextDouble();
                k++;
            }
            return k;
        }
        return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.nextGaussian()));
    }
}
