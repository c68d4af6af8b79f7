package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;
import org.junit.jupiter.api.Test;

class SyntheticGeneratorTest {
    private static final SyntheticSettings DEFAULTS = SyntheticSettings.defaults();

    @Test
    void sameSeedGivesIdenticalData() {
        SyntheticPair a = SyntheticGenerator.generate(DEFAULTS);
        SyntheticPair b = SyntheticGenerator.generate(DEFAULTS);
        assertEquals(fingerprint(a.source()), fingerprint(b.source()));
        assertEquals(fingerprint(a.target()), fingerprint(b.target()));
        assertEquals(a.sharedUsers(), b.sharedUsers());
        assertArrayEquals(a.targetTruth().userTaste().get(first(a.target())),
                b.targetTruth().userTaste().get(first(b.target())));
    }

    @Test
    void differentSeedGivesDifferentData() {
        SyntheticPair a = SyntheticGenerator.generate(DEFAULTS);
        SyntheticPair b = SyntheticGenerator.generate(DEFAULTS.withSeed(DEFAULTS.seed() + 1));
        assertNotEquals(fingerprint(a.source()), fingerprint(b.source()));
        assertNotEquals(fingerprint(a.target()), fingerprint(b.target()));
        assertNotEquals(a.sharedUsers(), b.sharedUsers());
    }

    @Test
    void sharedUserFractionMatchesSetting() {
        for (double fraction : new double[] {0.0, 0.3, 0.5, 0.9, 1.0}) {
            SyntheticSettings s = DEFAULTS.withSharedUserFraction(fraction).withUsers(1000);
            SyntheticPair p = SyntheticGenerator.generate(s);
            Set<String> sourceUsers = new HashSet<>(p.source().interactions().users().names());
            Set<String> targetUsers = new HashSet<>(p.target().interactions().users().names());
            Set<String> both = new HashSet<>(sourceUsers);
            both.retainAll(targetUsers);
            Set<String> all = new HashSet<>(sourceUsers);
            all.addAll(targetUsers);
            assertEquals(1000, all.size(), "every user appears in some domain");
            assertEquals(fraction, both.size() / 1000.0, 0.01, "shared fraction " + fraction);
            assertEquals(both, p.sharedUsers());
            // the non-shared users are split evenly
            assertEquals(sourceUsers.size() - both.size(), targetUsers.size() - both.size(), 1.0);
        }
    }

    @Test
    void tasteCorrelationOfSharedUsersIsRho() {
        assertEquals(0.8, tasteCorrelation(DEFAULTS.withRho(0.8)), 0.1);
        assertEquals(0.5, tasteCorrelation(DEFAULTS.withRho(0.5)), 0.1);
        assertEquals(0.0, tasteCorrelation(DEFAULTS.withRho(0.0)), 0.1);
        assertEquals(1.0, tasteCorrelation(DEFAULTS.withRho(1.0)), 1e-9);
    }

    private static double tasteCorrelation(SyntheticSettings s) {
        SyntheticPair p = SyntheticGenerator.generate(s);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (String u : p.sharedUsers()) {
            double[] src = p.sourceTruth().userTaste().get(u);
            double[] tgt = p.targetTruth().userTaste().get(u);
            for (int k = 0; k < src.length; k++) {
                xs.add(src[k]);
                ys.add(tgt[k]);
            }
        }
        return new PearsonsCorrelation().correlation(toArray(xs), toArray(ys));
    }

    @Test
    void meanInteractionsPerUserMatchSettings() {
        SyntheticPair p = SyntheticGenerator.generate(DEFAULTS);
        Interactions src = p.source().interactions();
        Interactions tgt = p.target().interactions();
        assertEquals(6.0, tgt.size() / (double) tgt.users().size(), 0.5);
        assertEquals(40.0, src.size() / (double) src.users().size(), 2.0);
        SyntheticPair q = SyntheticGenerator.generate(DEFAULTS.withTargetInteractionsPerUser(15));
        Interactions tgt15 = q.target().interactions();
        assertEquals(15.0, tgt15.size() / (double) tgt15.users().size(), 1.0);
        for (int r = 0; r < tgt.size(); r++) {
            assertTrue(tgt.rating(r) >= 1 && tgt.rating(r) <= 5 && tgt.rating(r) == Math.rint(tgt.rating(r)));
        }
    }

    @Test
    void likeRateIsBalanced() {
        for (SyntheticSettings s : List.of(DEFAULTS, DEFAULTS.withRho(0), DEFAULTS.withItemPopularitySkew(2),
                DEFAULTS.withLabelNoise(0.3), DEFAULTS.withLatentDim(2).withSeed(7))) {
            SyntheticPair p = SyntheticGenerator.generate(s);
            for (Domain d : List.of(p.source(), p.target())) {
                double rate = likeRate(d.interactions());
                assertTrue(rate >= 0.35 && rate <= 0.65, d.name() + " like rate " + rate + " for " + s);
            }
        }
    }

    @Test
    void labelNoiseLowersAgreementWithTrueScore() {
        double clean = agreement(SyntheticGenerator.generate(DEFAULTS.withLabelNoise(0)));
        double noisy = agreement(SyntheticGenerator.generate(DEFAULTS.withLabelNoise(0.3)));
        assertTrue(clean > 0.75, "without label noise ratings follow the true score: " + clean);
        // flipping 30 % of labels costs about 0.3 * (2 * clean - 1) agreement
        assertEquals(0.3 * (2 * clean - 1), clean - noisy, 0.05, "clean " + clean + " noisy " + noisy);
    }

    private static double agreement(SyntheticPair p) {
        Interactions in = p.source().interactions();
        int agree = 0;
        for (int r = 0; r < in.size(); r++) {
            boolean like = in.rating(r) >= 4;
            boolean truth = p.sourceTruth().score(in.userId(r), in.itemId(r)) >= 0;
            if (like == truth) {
                agree++;
            }
        }
        return agree / (double) in.size();
    }

    @Test
    void sourceTasteAnticipatesTargetLikes() {
        double linked = transferCorrelation(0.9);
        double unrelated = transferCorrelation(0.0);
        assertTrue(linked > 0.6, "rho 0.9: predicted vs actual target like rate r = " + linked);
        assertTrue(Math.abs(unrelated) < 0.15, "rho 0: r = " + unrelated);
    }

    /** Correlation over shared users of their target like rate with the like rate their source taste predicts. */
    private static double transferCorrelation(double rho) {
        SyntheticPair p = SyntheticGenerator.generate(DEFAULTS.withRho(rho).withTargetInteractionsPerUser(30));
        Interactions tgt = p.target().interactions();
        Map<String, int[]> counts = new HashMap<>(); // liked, predicted liked, total
        for (int r = 0; r < tgt.size(); r++) {
            String u = tgt.userId(r);
            if (!p.sharedUsers().contains(u)) {
                continue;
            }
            double predicted = p.targetTruth().score(p.sourceTruth().userTaste().get(u),
                    p.sourceTruth().userBias().get(u), tgt.itemId(r));
            int[] c = counts.computeIfAbsent(u, k -> new int[3]);
            c[0] += tgt.rating(r) >= 4 ? 1 : 0;
            c[1] += predicted >= 0 ? 1 : 0;
            c[2]++;
        }
        List<Double> actual = new ArrayList<>();
        List<Double> predicted = new ArrayList<>();
        for (int[] c : counts.values()) {
            if (c[2] >= 10) {
                actual.add(c[0] / (double) c[2]);
                predicted.add(c[1] / (double) c[2]);
            }
        }
        assertTrue(actual.size() > 500, "enough shared users with 10+ target ratings: " + actual.size());
        return new PearsonsCorrelation().correlation(toArray(predicted), toArray(actual));
    }

    @Test
    void sideFeaturesShareNamesAndSharedUsersMatch() {
        SyntheticPair p = SyntheticGenerator.generate(DEFAULTS);
        FeatureTable su = p.source().userFeatures();
        FeatureTable tu = p.target().userFeatures();
        assertEquals(Map.of("age_group", ColumnRole.CATEGORICAL, "activity", ColumnRole.NUMERIC), su.columns());
        assertEquals(su.columns(), tu.columns());
        assertEquals(Map.of("genre", ColumnRole.CATEGORICAL, "year", ColumnRole.NUMERIC),
                p.source().itemFeatures().columns());
        assertEquals(p.source().itemFeatures().columns(), p.target().itemFeatures().columns());
        assertEquals("user", su.keyColumn());
        assertEquals("item", p.source().itemFeatures().keyColumn());
        for (String u : p.sharedUsers()) {
            assertArrayEquals(su.values(u), tu.values(u), u);
        }
        assertEquals(p.source().interactions().users().size(), su.size());
        assertEquals(500, p.source().itemFeatures().size());
        assertEquals(400, p.target().itemFeatures().size());
        Object[] item = p.target().itemFeatures().values("b0001");
        assertTrue(SyntheticGenerator.GENRES.contains(item[0]));
        assertEquals(p.targetTruth().itemGenre().get("b0001"), item[0]);
        assertTrue(item[1] instanceof Double y && y >= 1920 && y <= 2024);

        SyntheticPair bare = SyntheticGenerator.generate(DEFAULTS.withUserFeatures(false).withItemFeatures(false));
        assertNull(bare.source().userFeatures());
        assertNull(bare.target().itemFeatures());
    }

    @Test
    void ageGroupIsWeaklyLinkedToTaste() {
        SyntheticPair p = SyntheticGenerator.generate(DEFAULTS.withUsers(4000));
        Map<String, double[]> sums = new HashMap<>();
        FeatureTable users = p.source().userFeatures();
        for (String u : users.keys().names()) {
            double[] s = sums.computeIfAbsent((String) users.values(u)[0], k -> new double[2]);
            s[0] += p.sourceTruth().userTaste().get(u)[0];
            s[1]++;
        }
        double young = sums.get("18-24")[0] / sums.get("18-24")[1];
        double old = sums.get("55+")[0] / sums.get("55+")[1];
        assertTrue(old - young > 0.5, "mean first taste 55+ " + old + " vs 18-24 " + young);
        assertEquals(5, sums.size());
    }

    @Test
    void idsAndTimestamps() {
        SyntheticPair p = SyntheticGenerator.generate(DEFAULTS);
        Interactions src = p.source().interactions();
        assertTrue(src.userId(0).matches("u\\d{5}"), src.userId(0));
        assertTrue(src.itemId(0).matches("m\\d{4}"), src.itemId(0));
        assertTrue(p.target().interactions().itemId(0).matches("b\\d{4}"));
        assertEquals("movies", p.source().name());
        assertEquals("books", p.target().name());
        for (Interactions in : List.of(src, p.target().interactions())) {
            assertEquals(0, in.duplicateCount());
            Map<Integer, Long> last = new HashMap<>();
            for (int r = 0; r < in.size(); r++) {
                long t = in.time(r);
                assertTrue(t > 1_500_000_000L && t < 1_800_000_000L, "epoch seconds " + t);
                Long before = last.put(in.user(r), t);
                assertTrue(before == null || t > before, "increasing per user at row " + r);
            }
        }
    }

    @Test
    void generatesHundredThousandInteractionsPerDomain() {
        SyntheticSettings big = DEFAULTS.withUsers(5000).withSourceItems(5000).withTargetItems(4000)
                .withTargetInteractionsPerUser(40);
        SyntheticPair p = SyntheticGenerator.generate(big);
        assertTrue(p.source().interactions().size() > 90_000, "size " + p.source().interactions().size());
        assertTrue(p.target().interactions().size() > 90_000, "size " + p.target().interactions().size());
    }

    @Test
    void flipCrossesTheLikeThreshold() {
        for (int r = 1; r <= 5; r++) {
            int f = SyntheticGenerator.flip(r);
            assertTrue(f >= 1 && f <= 5);
            assertFalse((r >= 4) == (f >= 4), r + " -> " + f);
        }
    }

    private static String first(Domain d) {
        return d.interactions().userId(0);
    }

    private static double likeRate(Interactions in) {
        int like = 0;
        for (int r = 0; r < in.size(); r++) {
            if (in.rating(r) >= 4) {
                like++;
            }
        }
        return like / (double) in.size();
    }

    /** All interactions and side features of a domain as one string. */
    private static String fingerprint(Domain d) {
        StringBuilder sb = new StringBuilder();
        Interactions in = d.interactions();
        for (int r = 0; r < in.size(); r++) {
            sb.append(in.userId(r)).append(',').append(in.itemId(r)).append(',').append(in.rating(r))
                    .append(',').append(in.time(r)).append('\n');
        }
        for (FeatureTable t : List.of(d.userFeatures(), d.itemFeatures())) {
            for (String k : t.keys().names()) {
                sb.append(k).append(java.util.Arrays.toString(t.values(k))).append('\n');
            }
        }
        return sb.toString();
    }

    private static double[] toArray(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
