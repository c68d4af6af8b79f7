package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.learn.FittedModel;
import org.recbridge.task.Row;

/**
 * Combines trained models as a weighted average of their predictions, with non-negative weights summing
 * to 1 fitted on the target validation rows (never test). The weights minimise the mean squared error of
 * the averaged prediction (Brier score for P(like), squared rating error for regression): a smooth
 * objective, unlike AUC, so a short projected-gradient descent finds its optimum, and every single member
 * is a feasible choice, so on validation the blend is never worse than its best member by that measure.
 * Shared by the ensemble and multi-source strategies.
 */
public final class ValidationWeights {
    private static final int ITERATIONS = 20_000;

    private ValidationWeights() {
    }

    /**
     * @param members each member's trained strategy by a unique name (kept in order in the details)
     * @return one strategy predicting the weighted average; its details give each member's weight and its
     *         models are all members' models (the last member's final model last)
     */
    public static TrainedStrategy combine(Map<String, TrainedStrategy> members, List<Row> validation) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        List<String> names = new ArrayList<>(members.keySet());
        List<TrainedStrategy> trained = new ArrayList<>(members.values());
        double[][] predictions = new double[names.size()][];
        for (int i = 0; i < predictions.length; i++) {
            predictions[i] = trained.get(i).predictor().predict(validation);
        }
        double[] labels = validation.stream().mapToDouble(Row::label).toArray();
        double[] w = fit(predictions, labels);
        Map<String, Double> details = new LinkedHashMap<>();
        List<FittedModel> models = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            details.put(names.get(i), w[i]);
            models.addAll(trained.get(i).models());
        }
        List<Double> weights = Arrays.stream(w).boxed().toList();
        Predictor blend = new Blend(names, trained.stream().map(TrainedStrategy::predictor).toList(), weights);
        return new TrainedStrategy(blend, models, details);
    }

    /**
     * Simplex weights minimising mean((sum_i w_i p_i - y)^2).
     *
     * @param predictions one row of predictions per member, all of the labels' length
     */
    public static double[] fit(double[][] predictions, double[] labels) {
        int m = predictions.length;
        int n = labels.length;
        double[] w = new double[m];
        Arrays.fill(w, 1.0 / m);
        if (m == 1 || n == 0) {
            return w; // one member, or nothing to judge by: the plain average
        }
        // The objective is w'Gw - 2b'w + const; its gradient is Lipschitz with constant 2*maxEig(G) <= 2*trace(G).
        double[][] g = new double[m][m];
        double[] b = new double[m];
        double trace = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                g[i][j] = dot(predictions[i], predictions[j]) / n;
            }
            b[i] = dot(predictions[i], labels) / n;
            trace += g[i][i];
        }
        if (trace == 0) {
            return w;
        }
        double step = 1.0 / (2 * trace);
        double[] next = new double[m];
        for (int it = 0; it < ITERATIONS; it++) {
            for (int i = 0; i < m; i++) {
                next[i] = w[i] - step * 2 * (dot(g[i], w) - b[i]);
            }
            w = projectOntoSimplex(next);
        }
        return w;
    }

    /** Euclidean projection onto {w >= 0, sum w = 1} (the sort-based method of Duchi et al. 2008). */
    static double[] projectOntoSimplex(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double cumulative = 0;
        double theta = 0;
        for (int k = sorted.length - 1, count = 1; k >= 0; k--, count++) {
            cumulative += sorted[k];
            double t = (cumulative - 1) / count;
            if (sorted[k] - t > 0) {
                theta = t;
            }
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.max(0, v[i] - theta);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
