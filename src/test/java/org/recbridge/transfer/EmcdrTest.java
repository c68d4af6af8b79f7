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
        TrainedStrategy trained = new Emcdr(1).train(problem, SyntheticProblems.learner(LearnerKind.FM),
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
}
