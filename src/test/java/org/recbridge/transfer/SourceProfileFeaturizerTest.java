package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.FeatureTable;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.features.SourceProfileFeaturizer;

/** The profile features against values worked out by hand on a five-row source. */
class SourceProfileFeaturizerTest {
    private static final double EPS = 1e-12;

    static FeatureTable genres(String... idGenre) {
        FeatureTable t = new FeatureTable("item", Map.of("genre", ColumnRole.CATEGORICAL));
        for (int i = 0; i < idGenre.length; i += 2) {
            t.put(idGenre[i], new Object[] {idGenre[i + 1]});
        }
        return t;
    }

    static Row like(String user, String item, double rating) {
        return new Row(user, item, rating >= 4 ? 1 : 0, rating, 1);
    }

    /** u1 likes both dramas and dislikes the comedy; u2 dislikes the drama and likes the comedy. */
    static SourceProfileFeaturizer tiny() {
        List<Row> rows = List.of(like("u1", "m1", 5), like("u1", "m2", 4), like("u1", "m3", 2),
                like("u2", "m1", 1), like("u2", "m3", 5));
        return SourceProfileFeaturizer.build("src.", rows, genres("m1", "drama", "m2", "drama", "m3", "comedy"),
                genres("b1", "drama", "b2", "comedy"), Augmented.likes(TaskSettings.defaults()));
    }

    static Map<String, Double> features(EncodedRow row) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < row.names().length; i++) {
            out.put(row.names()[i], row.values()[i]);
        }
        return out;
    }

    @Test
    void profileFeaturesEqualHandComputedValues() {
        // global: mean rating 17/5 = 3.4, like rate 3/5; u1: mean 11/3, rate 2/3, 3 rows
        Map<String, Double> f = features(tiny().encode(new Row("u1", "b1", 1, 5, 1)));
        assertEquals(11.0 / 3 - 3.4, f.get("src.mean_rating"), EPS);
        assertEquals(2.0 / 3 - 0.6, f.get("src.like_rate"), EPS);
        assertEquals(Math.log(4), f.get("src.activity"), EPS);
        // (likes - n * rate) / (n + 2): drama (2 - 2 * 2/3) / 4, comedy (0 - 1 * 2/3) / 3
        assertEquals(1.0 / 6, f.get("src.pref.genre=drama"), EPS);
        assertEquals(-2.0 / 9, f.get("src.pref.genre=comedy"), EPS);
        assertEquals(1.0 / 6, f.get("src.pref.genre"), EPS, "b1 is a drama");
        assertNull(f.get("src.missing"));

        Map<String, Double> g = features(tiny().encode(new Row("u2", "b2", 1, 5, 1)));
        assertEquals(3 - 3.4, g.get("src.mean_rating"), EPS);
        assertEquals(0.5 - 0.6, g.get("src.like_rate"), EPS);
        assertEquals(Math.log(3), g.get("src.activity"), EPS);
        assertEquals((1 - 0.5) / 3, g.get("src.pref.genre"), EPS, "b2 is a comedy");
    }

    @Test
    void unknownUserGetsOnlyTheMissingFlag() {
        Map<String, Double> f = features(tiny().encode(new Row("stranger", "b1", 1, 5, 1)));
        assertEquals(Map.of("src.missing", 1.0), f, "every other profile feature is the neutral 0");
    }

    @Test
    void ratingTaskCountsLikesByThreshold() {
        List<Row> rows = List.of(new Row("u1", "m1", 5, 5, 1), new Row("u1", "m3", 3, 3, 1));
        TaskSettings ratings = new TaskSettings(TaskKind.REGRESSION, 4.0, 4);
        SourceProfileFeaturizer p = SourceProfileFeaturizer.build("src.", rows, null, null, Augmented.likes(ratings));
        assertEquals(0.0, p.profile("u1").likeRate(), EPS, "one user: the user is the average");
        assertEquals(0.0, p.profile("u1").meanRating(), EPS);
    }
}
