package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.TaskSettings;

/** The trainings a run will do are counted before it starts, without the pairs it skips. */
class RunPlanTest {

    private static ProjectFile file(String task, List<String> learners, List<String> strategies, List<Long> seeds) {
        ProjectFile p = new ProjectFile();
        p.task.type = task;
        p.learners = new java.util.ArrayList<>(learners.stream().map(type -> {
            ProjectFile.LearnerSpec l = new ProjectFile.LearnerSpec();
            l.type = type;
            return l;
        }).toList());
        p.strategies = new java.util.ArrayList<>(strategies.stream().map(StrategySpec::of).toList());
        p.seeds = new java.util.ArrayList<>(seeds);
        return p;
    }

    @Test
    void emcdrWithALinearLearnerIsNotCounted() {
        RunPlan plan = RunPlan.of(file("classification", List.of("linear", "fm"), List.of("target-only", "emcdr"),
                List.of(1L, 2L, 3L)));
        // 2 × 2 pairs, emcdr × linear skipped: 3 pairs × 3 seeds
        assertEquals(9, plan.trainings());
        assertEquals("2 strategies × 2 learners × 3 seeds = 9 trainings (1 strategy × learner pair skipped)",
                plan.headline());
        assertEquals(1, plan.skipped().size());
        assertTrue(plan.skipped().get(0).startsWith("skipped emcdr with linear: "), plan.skipped().get(0));
        assertTrue(plan.skipped().get(0).contains("fm learner only"), plan.skipped().get(0));
    }

    @Test
    void tradaboostOnRatingsIsSkippedWithEveryLearner() {
        RunPlan plan = RunPlan.of(file("regression", List.of("linear", "fm"), List.of("tradaboost", "pooled"),
                List.of(1L)));
        assertEquals(2, plan.trainings());
        assertEquals(List.of("skipped tradaboost with linear", "skipped tradaboost with fm"),
                plan.skipped().stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
    }

    @Test
    void nothingSkippedSaysNoMore() {
        assertEquals("1 strategy × 1 learner × 1 seed = 1 training",
                RunPlan.of(file("classification", List.of("fm"), List.of("emcdr"), List.of(4L))).headline());
    }

    @Test
    void anEntryThatDoesNotResolveYetCountsAsRunnable() {
        // the window edits the file one field at a time; validation refuses the bad entry when Run is pressed
        RunPlan plan = RunPlan.of(file("classification", List.of("linear", "no-such-learner"),
                List.of("emcdr", "no-such-strategy"), List.of(1L)));
        assertEquals(3, plan.trainings());
        assertEquals(1, plan.skipped().size());
    }

    @Test
    void theRunEndsWithTheCountedTrainings() {
        SyntheticSettings tiny = SyntheticSettings.defaults().withUsers(200).withSourceInteractionsPerUser(8).withSeed(5);
        List<LearnerSettings> learners = List.of(LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(2),
                LearnerSettings.defaults(LearnerKind.FM).withEpochs(2));
        ExperimentResults results = SyntheticExperiments.run(tiny, TaskSettings.defaults(), learners, List.of(1L, 2L),
                "target-only", "emcdr");
        RunPlan plan = RunPlan.of(planned(learners));
        assertEquals(plan.trainings(), results.runs().size());
        assertEquals(6, results.runs().size());
        assertTrue(results.notes().containsAll(plan.skipped()), results.notes().toString());
    }

    private static Project planned(List<LearnerSettings> learners) {
        return new Project(java.nio.file.Path.of("p.json").toAbsolutePath(), "p", List.of(), null, null,
                TaskSettings.defaults(), org.recbridge.task.ProtocolSettings.defaults(), learners,
                List.of(org.recbridge.transfer.Strategies.byId("target-only"),
                        org.recbridge.transfer.Strategies.byId("emcdr")), List.of(1L, 2L),
                org.recbridge.eval.EvaluationSettings.defaults());
    }
}
