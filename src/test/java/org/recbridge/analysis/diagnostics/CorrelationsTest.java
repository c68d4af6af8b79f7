package org.recbridge.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;

class CorrelationsTest {
    /** Users with age (1, 2, 3, 4), income (2, 4, 5, 9), height (5, 1, 4, 2) and a categorical city. */
    private static Domain tinyDomain() {
        Map<String, ColumnRole> columns = new LinkedHashMap<>();
        columns.put("age", ColumnRole.NUMERIC);
        columns.put("city", ColumnRole.CATEGORICAL);
        columns.put("income", ColumnRole.NUMERIC);
        columns.put("height", ColumnRole.NUMERIC);
        FeatureTable users = new FeatureTable("user", columns);
        users.put("a", new Object[] {1.0, "x", 2.0, 5.0});
        users.put("b", new Object[] {2.0, "y", 4.0, 1.0});
        users.put("c", new Object[] {3.0, "x", 5.0, 4.0});
        users.put("d", new Object[] {4.0, "y", 9.0, 2.0});
        users.put("e", new Object[] {null, "x", 3.0, 3.0}); // missing age: left out of the age pairs only
        return new Domain("tiny", new Interactions(DuplicatePolicy.KEEP_LAST), users, null);
    }

    @Test
    void pairsEqualHandComputedPearson() {
        List<CorrelatedPair> all = Correlations.of(tinyDomain(), 0.0);
        assertEquals(3, all.size(), all.toString());
        // age/income over a-d: mean 2.5 and 5; sxy = 11, sxx = 5, syy = 26 -> r = 11 / sqrt(130)
        CorrelatedPair ageIncome = find(all, "u.age", "u.income");
        assertEquals(11 / Math.sqrt(130), ageIncome.r(), 1e-12);
        assertEquals(4, ageIncome.n());
        // age/height over a-d: mean 3; sxy = -3, sxx = 5, syy = 10 -> r = -3 / sqrt(50)
        assertEquals(-3 / Math.sqrt(50), find(all, "u.age", "u.height").r(), 1e-12);
        // income/height over a-e: means 4.6 and 3; sxy = -8, sxx = 29.2, syy = 10
        CorrelatedPair incomeHeight = find(all, "u.income", "u.height");
        assertEquals(-8 / Math.sqrt(292), incomeHeight.r(), 1e-12);
        assertEquals(5, incomeHeight.n());
        assertTrue(Math.abs(all.get(0).r()) >= Math.abs(all.get(2).r()), "strongest first: " + all);
    }

    @Test
    void onlyPairsAtOrAboveTheThresholdAreListed() {
        List<CorrelatedPair> strong = Correlations.of(tinyDomain(), 0.5);
        assertEquals(1, strong.size(), strong.toString());
        assertEquals("u.age", strong.get(0).feature1());
        assertEquals("u.income", strong.get(0).feature2());
    }

    private static CorrelatedPair find(List<CorrelatedPair> pairs, String a, String b) {
        return pairs.stream().filter(p -> p.feature1().equals(a) && p.feature2().equals(b)).findFirst().orElseThrow();
    }
}
