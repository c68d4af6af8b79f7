package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.diagnostics.CorrelatedPair;
import org.recbridge.analysis.diagnostics.Correlations;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.FeatureTable;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;
import org.recbridge.data.io.FeatureTableImporter;

class RelatedColumnsTest {
    /**
     * The recipe of the feature-vs-model-transfer sample's user tables: movies-to-books' users with three columns
     * added, two that follow activity (one up, one down) and one that does not, so the Diagnostics' heat map shows
     * genuine correlations beside a column that has none.
     */
    static final List<RelatedColumns.Column> SAMPLE_COLUMNS = List.of(
            new RelatedColumns.Column("sessions_per_week", 2.0, 4.0, 0.8),
            new RelatedColumns.Column("days_between_visits", 9.0, -3.0, 1.2),
            new RelatedColumns.Column("account_years", 5.0, 0.0, 2.5));
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

    /** The sample's files are exactly the recipe applied to movies-to-books' user tables (regenerated, compared). */
    @Test
    void featureVsModelSampleUserTablesFollowTheRecipe(@TempDir Path dir) throws Exception {
        for (String side : List.of("source", "target")) {
            Path from = Path.of("sample-projects/movies-to-books/data", side + "-users.csv");
            FeatureTable users = FeatureTableImporter.importFile(from, ColumnRole.USER, ImportOptions.defaults())
                    .value();
            Path written = SyntheticWriter.writeTable(
                    RelatedColumns.add(users, "activity", SAMPLE_COLUMNS, SAMPLE_SEED), dir.resolve(side + ".csv"));
            assertEquals(Files.readString(written),
                    Files.readString(Path.of("sample-projects/feature-vs-model-transfer/data", side + "-users.csv")),
                    side);
        }
    }
}
