package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;

class SyntheticRecipeTest {
    private static final SyntheticSettings SMALL = SyntheticSettings.defaults().withUsers(1500).withSeed(5);

    @Test
    void furtherSourcesLeaveThePairAsItWasAndEachOther(@TempDir Path dir) throws Exception {
        SyntheticRecipe.of(SMALL).write(dir.resolve("pair"));
        new SyntheticRecipe(SMALL, 0, List.of(new SyntheticRecipe.ExtraSource("music", 0.0))).write(dir.resolve("one"));
        new SyntheticRecipe(SMALL, 0, List.of(new SyntheticRecipe.ExtraSource("music", 0.0),
                new SyntheticRecipe.ExtraSource("games", 0.9))).write(dir.resolve("two"));
        for (String f : List.of("source-ratings.csv", "target-ratings.csv", "target-users.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("pair").resolve(f)),
                    Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/music-ratings.csv")),
                Files.readAllBytes(dir.resolve("two/music-ratings.csv")));
    }

    /** Known answer: a further source at rho 0.9 rates like the target (per-user mean ratings correlate), at 0 not. */
    @Test
    void aFurtherSourcesTastesFollowTheTargetByItsRho() {
        List<Domain> d = new SyntheticRecipe(SMALL.withTargetInteractionsPerUser(20), 0, List.of(
                new SyntheticRecipe.ExtraSource("close", 0.9), new SyntheticRecipe.ExtraSource("far", 0.0))).domains();
        assertEquals(List.of("movies", "books", "close", "far"), d.stream().map(Domain::name).toList());
        double close = correlation(meanRatings(d.get(2).interactions()), meanRatings(d.get(1).interactions()));
        double far = correlation(meanRatings(d.get(3).interactions()), meanRatings(d.get(1).interactions()));
        assertTrue(close > 0.4, "rho 0.9: r = " + close);
        assertTrue(Math.abs(far) < 0.1, "rho 0: r = " + far);
    }

    @Test
    void userColumnsGoIntoEveryUserTableWithTheSameValuesForAUser() {
        List<Domain> d = new SyntheticRecipe(SMALL, 3, List.of(new SyntheticRecipe.ExtraSource("music", 0.5)))
                .domains();
        for (Domain domain : d) {
            assertEquals(List.of("age_group", "activity", "sessions_per_week", "days_between_visits", "account_years"),
                    List.copyOf(domain.userFeatures().columns().keySet()), domain.name());
        }
        String shared = d.get(1).interactions().userId(0);
        assertArrayEquals(d.get(0).userFeatures().values(shared), d.get(1).userFeatures().values(shared));
    }

    private static Map<String, Double> meanRatings(Interactions in) {
        Map<String, double[]> sums = new HashMap<>();
        for (int r = 0; r < in.size(); r++) {
            double[] s = sums.computeIfAbsent(in.userId(r), k -> new double[2]);
            s[0] += in.rating(r);
            s[1]++;
        }
        Map<String, Double> means = new HashMap<>();
        sums.forEach((u, s) -> means.put(u, s[0] / s[1]));
        return means;
    }

    private static double correlation(Map<String, Double> a, Map<String, Double> b) {
        List<String> both = a.keySet().stream().filter(b::containsKey).toList();
        double ma = both.stream().mapToDouble(a::get).average().orElse(0);
        double mb = both.stream().mapToDouble(b::get).average().orElse(0);
        double sab = 0, saa = 0, sbb = 0;
        for (String u : both) {
            double x = a.get(u) - ma, y = b.get(u) - mb;
            sab += x * y;
            saa += x * x;
            sbb += y * y;
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
