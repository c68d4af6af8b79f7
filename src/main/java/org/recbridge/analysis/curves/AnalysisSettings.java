package org.recbridge.analysis.curves;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recbridge.transfer.TransferStrategy;

/**
 * The extra analyses a project asks for (its optional {@code analysis} section). An empty list means that
 * analysis is not run. Errors name the project-file field, as {@code ProtocolSettings} does.
 *
 * @param budgets      target budgets (fractions of the target training rows) for learning curves
 * @param l2Sweep      L2 strengths to sweep the chosen learner over
 * @param factorSweep  FM factor sizes to sweep the chosen learner over (an FM learner only)
 * @param sweepStrategy the strategy the sweeps train
 * @param sweepLearner index into the project's learners of the learner swept
 */
public record AnalysisSettings(List<Double> budgets, List<Double> l2Sweep, List<Integer> factorSweep,
                               TransferStrategy sweepStrategy, int sweepLearner) {
    /** From scarce to all target labels: where transfer should help most, and where it should stop mattering. */
    public static final List<Double> DEFAULT_BUDGETS = List.of(0.01, 0.05, 0.10, 0.25, 0.50, 1.0);

    public AnalysisSettings {
        budgets = List.copyOf(budgets);
        l2Sweep = List.copyOf(l2Sweep);
        factorSweep = List.copyOf(factorSweep);
        for (int i = 0; i < budgets.size(); i++) {
            double b = budgets.get(i);
            if (!(b > 0 && b <= 1)) {
                throw new IllegalArgumentException("analysis.budgets[" + i + "]: " + b + " is not in (0, 1]");
            }
        }
        for (int i = 0; i < l2Sweep.size(); i++) {
            double v = l2Sweep.get(i);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("analysis.l2Sweep[" + i + "]: " + v + " is not a finite number >= 0");
            }
        }
        for (int i = 0; i < factorSweep.size(); i++) {
            if (factorSweep.get(i) < 1) {
                throw new IllegalArgumentException("analysis.factorSweep[" + i + "]: " + factorSweep.get(i)
                        + " is not a factor size >= 1");
            }
        }
        noRepeats(budgets, "analysis.budgets");
        noRepeats(l2Sweep, "analysis.l2Sweep");
        noRepeats(factorSweep, "analysis.factorSweep");
        if (sweepLearner < 0) {
            throw new IllegalArgumentException("analysis.sweepLearner: " + sweepLearner + " is not a learner index");
        }
    }

    private static void noRepeats(List<?> values, String field) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (!seen.add(v)) {
                throw new IllegalArgumentException(field + ": " + v + " is given twice");
            }
        }
    }

    /** How many learning-curve budgets train models: the project's own budget reuses the main run. */
    public int trainedBudgets(double projectBudget) {
        return (int) budgets.stream().distinct().filter(b -> b != projectBudget).count();
    }

    public boolean runsLearningCurves() {
        return !budgets.isEmpty();
    }

    public boolean runsSweeps() {
        return !l2Sweep.isEmpty() || !factorSweep.isEmpty();
    }
}
