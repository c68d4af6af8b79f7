package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recbridge.learn.LearnerKind;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.task.Row;

class EmcdrTest {
    @Test
    void mappedUsersCountsOnlyTargetUsersThatNeededMapping() {
        SyntheticPair pair = SyntheticProblems.sharedTastes(4);
        TransferProblem problem = SyntheticProblems.problem(List.of(pair.source()), pair.target(), 4);
        TrainedStrategy trained = new Emcdr(1, 0).train(problem, SyntheticProblems.learner(LearnerKind.FM),
                SyntheticProblems.context(4));
        Set<String> trainUsers = problem.split().train().stream().map(Row::user).collect(Collectors.toSet());
        Set<String> sourceUsers = Set.copyOf(pair.source().interactions().users().names());
        // target users without target training rows that the source knows: the cold users, here
        long needed = problem.split().observed().keySet().stream()
                .filter(u -> !trainUsers.contains(u) && sourceUsers.contains(u)).count();
        long sourceOnly = sourceUsers.stream().filter(u -> !problem.split().observed().containsKey(u)).count();
        assertTrue(needed > 0 && sourceOnly > 0, "cold users and source-only users: " + needed + ", " + sourceOnly);
        assertEquals((double) needed, trained.details().get("mappedUsers"));
    }

    @Test
    void theMlpMapIsASettingAndScoresColdUsersAboutAsWellAsTheLinearMapOnNearlyLinearTastes() {
        SyntheticPair pair = SyntheticProblems.sharedTastes(4);
        TransferProblem problem = SyntheticProblems.problem(List.of(pair.source()), pair.target(), 4);
        List<Row> cold = problem.split().test().stream().filter(r -> problem.split().isCold(r.user())).toList();
        TrainedStrategy mlp = Strategies.create("emcdr", java.util.Map.of("hidden", 16))
                .train(problem, SyntheticProblems.learner(LearnerKind.FM), SyntheticProblems.context(4));
        TrainedStrategy linear = new Emcdr(1, 0).train(problem, SyntheticProblems.learner(LearnerKind.FM),
                SyntheticProblems.context(4));
        assertEquals(16.0, mlp.details().get("hidden"));
        assertEquals(0.0, linear.details().get("hidden"));
        double mlpAuc = SyntheticProblems.auc(mlp.predictor(), cold);
        double linearAuc = SyntheticProblems.auc(linear.predictor(), cold);
        assertTrue(linearAuc > 0.55, "the mapped factors carry taste: " + linearAuc);
        assertTrue(mlpAuc > linearAuc - 0.03, "cold users' AUC: MLP map " + mlpAuc + ", linear " + linearAuc);
    }
}
