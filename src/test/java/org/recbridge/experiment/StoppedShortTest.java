package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.learn.EpochPoint;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.TrainingCurve;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.TaskSettings;

/** A run whose epochs ran out while validation still improved says so in the results' notes. */
class StoppedShortTest {
    @Test
    void aCurveStopsShortWhenItsLastEpochIsKept() {
        List<EpochPoint> three = List.of(new EpochPoint(1, 0.6, 0.6, 0.6, 0.6), new EpochPoint(2, 0.5, 0.7, 0.65, 0.6),
                new EpochPoint(3, 0.4, 0.8, 0.66, 0.6));
        assertTrue(new TrainingCurve("AUC", three, 3).stoppedShort());
        assertFalse(new TrainingCurve("AUC", three, 2).stoppedShort());
        assertFalse(TrainingCurve.empty("AUC").stoppedShort()); // a warm start kept as is trained no epoch
    }

    @Test
    void theRunnerNotesRunsThatStoppedShort() {
        LearnerSettings oneEpoch = LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(1);
        ExperimentResults results = SyntheticExperiments.run(SyntheticSettings.defaults().withUsers(400).withSeed(2),
                TaskSettings.defaults(), List.of(oneEpoch), List.of(1L), "target-only");
        List<String> notes = results.notes().stream().filter(n -> n.contains("stopped short")).toList();
        assertEquals(List.of("target-only with " + oneEpoch.label() + ", seed 1 stopped short: it kept its last epoch "
                + "(1) while validation was still improving; more epochs may help"), notes);
    }
}
