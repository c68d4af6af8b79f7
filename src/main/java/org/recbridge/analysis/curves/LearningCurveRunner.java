package org.recbridge.analysis.curves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.RunFailure;
import org.recbridge.experiment.SummaryRow;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Target-budget learning curves: every strategy x learner of the project at each budget, through
 * {@link ExperimentRunner} (parallel, same splits per seed; the budget thins the training rows only, so
 * validation and test stay the same across budgets and points are comparable).
 */
public final class LearningCurveRunner {
    private final ExperimentRunner runner;
    private final List<String> failedRuns = new ArrayList<>();

    public LearningCurveRunner(ExperimentRunner runner) {
        this.runner = runner;
    }

    /**
     * The runs of the curves this runner trained that failed, one line each ("learning curve at budget 5%: pooled
     * with fm, seed 2: ..."): their points lack those seeds, and without a line that would go unsaid.
     */
    public List<String> failedRuns() {
        return List.copyOf(failedRuns);
    }

    /**
     * @param done results already computed at the project's own budget (reused for that budget), or null
     */
    public List<LearningCurve> run(Project project, LoadedData data, List<Double> budgets, ExperimentResults done,
                                   ProgressListener progress, CancelToken cancel) {
        List<Double> sorted = budgets.stream().distinct().sorted().toList();
        Map<List<String>, List<BudgetPoint>> curves = new LinkedHashMap<>();
        // the share of progress goes to the budgets that train; a reused one takes none
        double trained = sorted.stream().filter(b -> done == null || b != project.protocol().budget()).count();
        int stageIndex = 0;
        for (double budget : sorted) {
            cancel.check();
            ExperimentResults results;
            if (done != null && budget == project.protocol().budget()) {
                results = done;
            } else {
                ProgressListener stage = progress.stage(stageIndex / trained, (stageIndex + 1) / trained,
                        String.format("budget %.0f%%: ", budget * 100));
                stageIndex++;
                results = runner.run(project.withProtocol(project.protocol().withBudget(budget)), data, stage, cancel);
                for (RunFailure f : results.failures()) {
                    failedRuns.add(String.format("learning curve at budget %s%%: %s", percent(budget), f.toLine()));
                }
            }
            for (SummaryRow s : results.summary()) {
                curves.computeIfAbsent(List.of(s.strategy(), s.learner(), s.group(), s.metric()),
                        k -> new ArrayList<>()).add(new BudgetPoint(budget, s.mean(), s.lower(), s.upper(), s.n()));
            }
        }
        List<LearningCurve> out = new ArrayList<>();
        curves.forEach((k, points) -> out.add(new LearningCurve(k.get(0), k.get(1), k.get(2), k.get(3),
                List.copyOf(points))));
        return out;
    }

    /** 5 for 0.05, 0.5 for 0.005: as few digits as the budget needs. */
    private static String percent(double budget) {
        return java.math.BigDecimal.valueOf(budget * 100).stripTrailingZeros().toPlainString();
    }
}
