package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.RunInfo;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

class EpochOverfittingOnSyntheticDataTest {
    @Test
    void aLargeFmOnATinyTargetIsFlaggedWithTheEpochOverfittingBegan() {
        ExperimentResults results = ExperimentRunner.withAllCores().run(
                CurveFixtures.project(List.of(CurveFixtures.BIG_FM), List.of(1L, 2L, 3L), "target-only"),
                CurveFixtures.data(CurveFixtures.TINY_TARGET), ProgressListener.none(), CancelToken.none());
        assertEquals(3, results.runs().size());
        for (RunInfo run : results.runs()) {
            OverfitFinding f = run.overfitting();
            assertNotNull(f, "no overfitting found in " + run.curve());
            assertEquals(30, run.curve().points().size(), "patience 30 runs every epoch");
            assertTrue(f.peakEpoch() >= run.curve().bestEpoch() && f.beganEpoch() > f.peakEpoch(), f.toString());
            assertTrue(f.validationDrop() > OverfittingDetector.DEFAULT_TOLERANCE && f.trainGain() >= 0, f.toString());
            assertTrue(run.generalisationGap() > 0, "train beats validation at the kept epoch: " + run);
        }
    }
}
