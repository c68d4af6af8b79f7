package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.diagnostics.CorrelatedPair;
import org.recbridge.analysis.diagnostics.Correlations;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.Interactions;

class RelatedColumnsTest {
    /**
     * The generator's first three user columns (the feature-vs-model-transfer lesson's): two follow activity (one up,
     * one down) and one does not, so the Diagnostics' heat map shows genuine correlations beside a column that has
     * none. That lesson's files are these columns written again byte for byte (LessonDataTest).
     */
    static final List<RelatedColumns.Column> SAMPLE_COLUMNS = SyntheticRecipe.USER_COLUMNS.subList(0, 3);
    static final long SAMPLE_SEED = 7;

    @Test
    void relatedColumnsFollowTheBaseAndTheUnrelatedOneDoesNot() {
        FeatureTable users = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(600)).target()
                .userFeatures();
        FeatureTable more = RelatedColumns.add(users, SyntheticGenerator.ACTIVITY, SAMPLE_COLUMNS, SAMPLE_SEED);
        assertEquals(List.of("age_group", "activity", "sessions_per_week", "days_between_visits", "account_years"),
                List.copyOf(more.columns().keySet()));
        Map<String, Double> r = new LinkedHashMap<>();
        for (CorrelatedPair p : Correlations.of(new Domain("d", new Interactions(DuplicatePolicy.KEEP_LAST), more, null), 0)) {
            r.put(p.feature1() + "~" + p.feature2(), p.r());
        }
        assertTrue(r.get("u.activity~u.sessions_per_week") > 0.8, r.toString());
        assertTrue(r.get("u.activity~u.days_between_visits") < -0.6, r.toString());
        assertTrue(Math.abs(r.get("u.activity~u.account_years")) < 0.15, r.toString());
        String key = users.keys().name(3);
        assertEquals(users.values(key)[1], more.values(key)[1], "the base column is kept");
    }

    @Test
    void aKeyGetsTheSameValuesInEveryTableAndNoneWithoutABaseValue() {
        Map<String, ColumnRole> cols = Map.of("activity", ColumnRole.NUMERIC);
        FeatureTable a = new FeatureTable("user", cols);
        a.put("u1", new Object[] {1.5});
        a.put("u2", new Object[] {null});
        FeatureTable b = new FeatureTable("user", cols);
        b.put("u9", new Object[] {0.2});
        b.put("u1", new Object[] {1.5});
        FeatureTable ra = RelatedColumns.add(a, "activity", SAMPLE_COLUMNS, 3);
        FeatureTable rb = RelatedColumns.add(b, "activity", SAMPLE_COLUMNS, 3);
        assertArrayEquals(ra.values("u1"), rb.values("u1"));
        assertNull(ra.values("u2")[1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelatedColumns.add(a, "age", SAMPLE_COLUMNS, 3));
        assertTrue(e.getMessage().contains("no numeric column age in the user table"), e.getMessage());
    }
}
