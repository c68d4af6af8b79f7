package org.recbridge.analysis.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.TrainingCurve;

class OverfittingDetectorTest {
    private static TrainingCurve curve(String metric, int bestEpoch, double[] train, double[] validation) {
        List<EpochPoint> points = new ArrayList<>();
        for (int i = 0; i < train.length; i++) {
            points.add(new EpochPoint(i + 1, 1.0 / (i + 1), train[i], validation[i]));
        }
        return new TrainingCurve(metric, points, bestEpoch);
    }

    @Test
    void flagsValidationFallingWhileTrainRisesWithTheEpochItBegan() {
        TrainingCurve c = curve("AUC", 3, new double[] {0.60, 0.70, 0.80, 0.88, 0.93, 0.97},
                new double[] {0.60, 0.65, 0.68, 0.66, 0.63, 0.60});
        OverfitFinding f = OverfittingDetector.inEpochs(c).orElseThrow();
        assertEquals(4, f.beganEpoch());
        assertEquals(3, f.peakEpoch());
        assertEquals(0.08, f.validationDrop(), 1e-9);
        assertEquals(0.17, f.trainGain(), 1e-9);
    }

    @Test
    void staysSilentOnACleanCurve() {
        TrainingCurve c = curve("AUC", 5, new double[] {0.60, 0.65, 0.70, 0.72, 0.73},
                new double[] {0.58, 0.62, 0.66, 0.67, 0.675});
        assertEquals(Optional.empty(), OverfittingDetector.inEpochs(c));
    }

    @Test
    void staysSilentOnADipThatRecoversAndOnOneNoisyLastEpoch() {
        TrainingCurve dip = curve("AUC", 6, new double[] {0.6, 0.7, 0.8, 0.85, 0.9, 0.95},
                new double[] {0.60, 0.65, 0.60, 0.58, 0.70, 0.71});
        assertEquals(Optional.empty(), OverfittingDetector.inEpochs(dip));
        TrainingCurve lastEpoch = curve("AUC", 3, new double[] {0.6, 0.7, 0.8, 0.9},
                new double[] {0.60, 0.65, 0.68, 0.66});
        assertEquals(Optional.empty(), OverfittingDetector.inEpochs(lastEpoch));
    }

    @Test
    void staysSilentWhenTrainDoesNotImproveEither() {
        TrainingCurve c = curve("AUC", 2, new double[] {0.70, 0.80, 0.78, 0.75},
                new double[] {0.60, 0.66, 0.62, 0.60});
        assertEquals(Optional.empty(), OverfittingDetector.inEpochs(c));
    }

    @Test
    void countsAFallingTrainLossOnceTheTrainMetricHasSaturated() {
        List<EpochPoint> points = List.of(new EpochPoint(1, 0.5, 0.95, 0.60), new EpochPoint(2, 0.1, 1.0, 0.66),
                new EpochPoint(3, 0.01, 1.0, 0.64), new EpochPoint(4, 0.001, 1.0, 0.62));
        OverfitFinding f = OverfittingDetector.inEpochs(new TrainingCurve("AUC", points, 2)).orElseThrow();
        assertEquals(3, f.beganEpoch());
        assertEquals(0.0, f.trainGain());
    }

    @Test
    void readsRmseTheOtherWayRound() {
        TrainingCurve c = curve("RMSE", 2, new double[] {1.10, 1.00, 0.90, 0.80, 0.70},
                new double[] {1.20, 1.10, 1.15, 1.20, 1.25});
        OverfitFinding f = OverfittingDetector.inEpochs(c).orElseThrow();
        assertEquals(3, f.beganEpoch());
        assertEquals(0.15, f.validationDrop(), 1e-9);
        assertEquals(0.1, OverfittingDetector.generalisationGap(c), 1e-9); // validation 1.10 - train 1.00 at epoch 2
    }

    @Test
    void gapIsTrainMinusValidationAtTheKeptEpochAndNanWithout() {
        TrainingCurve c = curve("AUC", 2, new double[] {0.7, 0.9, 0.95}, new double[] {0.6, 0.7, 0.68});
        assertEquals(0.2, OverfittingDetector.generalisationGap(c), 1e-9);
        assertTrue(Double.isNaN(OverfittingDetector.generalisationGap(TrainingCurve.empty("AUC"))));
        assertEquals(Optional.empty(), OverfittingDetector.inEpochs(TrainingCurve.empty("AUC")));
    }
}
