package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.FullRun;
import org.recbridge.analysis.diagnostics.ADistance;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The case end to end, on a MovieLens-format fixture split by genre: disjoint catalogues, pooled
 * measurably better than target-only for cold users, and no hint that says pooling may hurt.
 */
class GenreSplitHintsTest {
    private static ExperimentResults run(Path dir, boolean sameLeaning) throws Exception {
        MovieLensGenreFixture.write(dir, 5, sameLeaning);
        Files.writeString(dir.resolve("project.json"), """
                {"formatVersion": 2, "name": "fixture: Comedy to Drama",
                 "splitDomain": {"data": {"name": "fixture", "interactions": "u.data", "users": "u.user",
                                          "items": "u.item"},
                                 "column": "genres", "sourceValue": "Comedy", "targetValue": "Drama"},
                 "task": {"type": "classification", "likeThreshold": 4.0},
                 "protocol": {"type": "cold-start", "coldStartFraction": 0.2},
                 "learners": [{"type": "linear"}],
                 "strategies": ["target-only", "pooled"],
                 "seeds": [1, 2, 3]}
                """);
        Project project = ProjectIO.read(dir.resolve("project.json"));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        return FullRun.run(project, data, new ExperimentRunner(2), ProgressListener.none(), CancelToken.none());
    }

    private static Comparison pooledForColdUsers(ExperimentResults results) {
        return results.comparisons().stream().filter(c -> c.strategy().equals("pooled") && c.group().equals("cold"))
                .findFirst().orElseThrow();
    }

    private static List<Hint> rule(ExperimentResults results, String rule) {
        return results.hints().stream().filter(h -> h.rule().equals(rule)).toList();
    }

    @Test
    void aGenreSplitWherePoolingHelpsIsNotWarnedAgainstPooling(@TempDir Path dir) throws Exception {
        ExperimentResults results = run(dir, true);
        assertEquals(0, results.diagnostics().overlaps().get(0).sharedItems(), "the genres share no movie");
        ADistance a = results.diagnostics().aDistances().get(0);
        assertTrue(a.aDistanceAllFeatures() > 1.7, "item ids and the split genre alone separate them: " + a);
        assertTrue(a.aDistance() < DomainDistanceRule.CLOSE, a.toString());
        assertFalse(a.groupsText().contains("item ids"), a.groupsText());
        Comparison cold = pooledForColdUsers(results);
        assertTrue(cold.paysOff() && MeasuredEffect.supported(cold), "pooled measurably helps cold users: " + cold);

        for (Hint h : results.hints()) {
            assertFalse(h.message().contains("pooling may hurt") || h.message().contains("pooling hurts"), h.message());
        }
        assertTrue(rule(results, "transfer-pays-off").stream().anyMatch(h -> h.message()
                .startsWith("pooled (linear) against target-only for cold users: AUC +")), results.hints().toString());
        // the hint drawn from the inputs alone agrees with what the run measured
        List<Hint> distance = rule(results, "domain-distance");
        assertEquals(1, distance.size(), results.hints().toString());
        assertTrue(distance.get(0).message().contains("and pooling helps here: pooled (linear)"), distance.toString());
        assertTrue(rule(results, "negative-transfer").isEmpty(), results.hints().toString());
    }

    @Test
    void theSameSplitWithReversedTastesIsWarnedThatPoolingHurts(@TempDir Path dir) throws Exception {
        ExperimentResults results = run(dir, false);
        Comparison cold = pooledForColdUsers(results);
        assertTrue(cold.negativeTransfer(), "a leaning reversed in dramas misleads pooled: " + cold);
        // one hint for pooled, stating each user group it hurts, the cold users among them
        assertTrue(rule(results, "negative-transfer").stream().anyMatch(h -> h.subject().strategy().equals("pooled")
                && h.message().contains("linear for cold users: AUC -")), results.hints().toString());
        assertTrue(rule(results, "transfer-pays-off").isEmpty(), results.hints().toString());
        // the rows still look alike (same users, same kinds of film): only the measurement shows the harm
        List<Hint> distance = rule(results, "domain-distance");
        assertEquals(1, distance.size(), results.hints().toString());
        assertTrue(distance.get(0).message().contains("yet pooling hurts here"), distance.toString());
        assertFalse(distance.get(0).message().contains("safe"), distance.toString());
    }
}
