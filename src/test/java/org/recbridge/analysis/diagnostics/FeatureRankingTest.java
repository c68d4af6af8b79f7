package org.recbridge.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.FeatureSink;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.Labeller;
import org.recbridge.task.Row;
import org.recbridge.task.TaskSettings;

class FeatureRankingTest {
    /** Rows whose label is feature "key"; five noise features are on at random. */
    private static List<EncodedRow> rowsDecidedByKey() {
        SplittableRandom random = new SplittableRandom(3);
        List<EncodedRow> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            boolean like = random.nextBoolean();
            FeatureSink sink = new FeatureSink();
            if (like) {
                sink.flag("key");
            }
            for (int f = 0; f < 5; f++) {
                if (random.nextBoolean()) {
                    sink.flag("noise" + f);
                }
            }
            rows.add(sink.toRow(like ? 1 : 0, 1));
        }
        return rows;
    }

    @Test
    void aFeatureThatDeterminesTheLabelRanksFirst() {
        for (SelectionMethod method : SelectionMethod.values()) {
            DiagnosticsSettings settings = new DiagnosticsSettings(5000, 3000, 10, 300, 4, method, 4, 0.5, 5, 1);
            FeatureRanking ranking = FeatureRanker.rank(rowsDecidedByKey(), name -> true, 4, settings);
            assertNull(ranking.note());
            assertEquals(4, ranking.features().size(), ranking.toString());
            assertEquals("key", ranking.features().get(0).name(), method + ": " + ranking);
            if (method == SelectionMethod.MRMR) {
                // JMI's later scores include the joint information with "key", so only mRMR's must drop
                assertTrue(ranking.features().get(0).score() > ranking.features().get(1).score(), ranking.toString());
            }
        }
    }

    @Test
    void rowsOfOneClassGiveAnEmptyRankingWithAReason() {
        List<EncodedRow> likesOnly = rowsDecidedByKey().stream().filter(r -> r.label() == 1).toList();
        FeatureRanking ranking = FeatureRanker.rank(likesOnly, name -> true, 4, DiagnosticsSettings.defaults());
        assertTrue(ranking.features().isEmpty());
        assertTrue(ranking.note().contains("only likes"), ranking.note());
    }

    @Test
    void topKKeepsIdsAndExactlyKSideFeatures() {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(400));
        TaskSettings task = TaskSettings.defaults();
        List<Row> rows = Labeller.label("books", pair.target().interactions(), task);
        DomainFeaturizer full = new DomainFeaturizer(pair.target());
        Set<String> keep = FeatureSelection.topSideFeatures(full, rows, task, 3, DiagnosticsSettings.defaults());
        assertEquals(3, keep.size(), keep.toString());
        keep.forEach(name -> assertTrue(FeatureSelection.isSideFeature(name), name));

        DomainFeaturizer restricted = full.restrictedTo(keep);
        Set<String> side = new HashSet<>();
        for (EncodedRow r : restricted.encodeAll(rows)) {
            List<String> names = List.of(r.names());
            assertTrue(names.contains("user=" + rowUser(r)), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith("item=")), names.toString());
            names.stream().filter(FeatureSelection::isSideFeature).forEach(side::add);
        }
        assertEquals(keep, side);
        assertFalse(keep.containsAll(sideOf(full.encodeAll(rows))), "some side features were dropped");
    }

    private static String rowUser(EncodedRow r) {
        for (String n : r.names()) {
            if (n.startsWith("user=")) {
                return n.substring(5);
            }
        }
        return "";
    }

    private static Set<String> sideOf(List<EncodedRow> rows) {
        Set<String> side = new HashSet<>();
        rows.forEach(r -> List.of(r.names()).stream().filter(FeatureSelection::isSideFeature).forEach(side::add));
        return side;
    }
}
