package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.learn.LearnerKind;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.task.Row;

class EnsembleTest {
    @Test
    void isNeverClearlyWorseThanItsBestMemberOnValidation() {
        SyntheticPair pair = SyntheticProblems.sharedTastes(11);
        TransferProblem problem = SyntheticProblems.problem(List.of(pair.source()), pair.target(), 1);
        var learner = SyntheticProblems.learner(LearnerKind.LINEAR);
        List<Row> validation = problem.split().validation();
        double best = Double.NEGATIVE_INFINITY;
        for (TransferStrategy member : List.of(new TargetOnly(), new Pooled(), new SourceOnly())) {
            TrainedStrategy t = member.train(problem, learner, SyntheticProblems.context(1));
            best = Math.max(best, SyntheticProblems.auc(t.predictor(), validation));
        }
        TrainedStrategy ensemble = new Ensemble().train(problem, learner, SyntheticProblems.context(1));
        double auc = SyntheticProblems.auc(ensemble.predictor(), validation);
        Map<String, Double> weights = ensemble.details();
        System.out.println("ensemble validation AUC " + auc + " (best member " + best + "), weights " + weights);
        assertTrue(auc >= best - 0.01, "ensemble " + auc + " vs best member " + best);
        assertEquals(List.of("target-only", "pooled", "source-only"), List.copyOf(weights.keySet()));
        assertEquals(1.0, weights.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(weights.values().stream().allMatch(w -> w >= 0));
    }
}
