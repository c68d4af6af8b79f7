package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.data.Domain;
import org.recbridge.learn.LearnerKind;
import org.recbridge.synth.SyntheticPair;

class MultiSourceTest {
    @Test
    void givesTheRelatedSourceTheLargerWeight() {
        SyntheticPair pair = SyntheticProblems.sharedTastes(12);
        Domain unrelated = SyntheticProblems.shuffledUsers(pair.source(), 99);
        TransferProblem problem = SyntheticProblems.problem(List.of(pair.source(), unrelated), pair.target(), 1);
        TrainedStrategy trained = new MultiSource().train(problem, SyntheticProblems.learner(LearnerKind.LINEAR),
                SyntheticProblems.context(1));
        Map<String, Double> weights = trained.details();
        System.out.println("multi-source weights " + weights);
        double related = weights.get(pair.source().name());
        double shuffled = weights.get(unrelated.name());
        assertTrue(related > shuffled, "related " + related + " vs unrelated " + shuffled);
        assertEquals(1.0, related + shuffled, 1e-9);
        assertEquals(2, trained.models().size(), "one pooled model per source");
    }

    @Test
    void withOneSourceItIsPoolingWithWeightOne() {
        SyntheticPair pair = SyntheticProblems.sharedTastes(13);
        TransferProblem problem = SyntheticProblems.problem(List.of(pair.source()), pair.target(), 1);
        TrainedStrategy trained = new MultiSource().train(problem, SyntheticProblems.learner(LearnerKind.LINEAR),
                SyntheticProblems.context(1));
        assertEquals(Map.of(pair.source().name(), 1.0), trained.details());
    }
}
