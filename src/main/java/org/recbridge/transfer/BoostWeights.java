package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recbridge.features.RowSet;
import org.recbridge.task.Row;
import org.recbridge.task.RowViews;

/**
 * TrAdaBoost's example weights over pooled rows, source rows first (Dai et al. 2007). A source row the
 * round's model gets wrong loses weight by beta_src^error (it looks unlike the target); a target row it gets
 * wrong gains weight by beta_t^-error, as in AdaBoost. Errors are soft, |P(like) - label| in [0, 1], as in
 * the paper, whose hypotheses map into [0, 1].
 */
final class BoostWeights {
    /** Keeps beta_t in (0, 1): a round no better than chance gets almost no vote instead of a negative one. */
    static final double MAX_ERROR = 0.499;
    static final double MIN_ERROR = 1e-6;

    private final double[] weights;
    private final int nSource;
    private final double betaSource;

    BoostWeights(int nSource, int nTarget, int rounds) {
        if (nTarget == 0) {
            throw new IllegalArgumentException("tradaboost needs target training rows to measure its error on");
        }
        this.weights = new double[nSource + nTarget];
        Arrays.fill(weights, 1.0);
        this.nSource = nSource;
        this.betaSource = 1.0 / (1.0 + Math.sqrt(2.0 * Math.log(Math.max(1, nSource)) / rounds));
    }

    double betaSource() {
        return betaSource;
    }

    double weight(int i) {
        return weights[i];
    }

    /**
     * The sets' rows (in order, as the weights are) with the current weights, rescaled to mean 1 so SGD steps
     * keep the size of unweighted training; the rows are made as they are read.
     */
    List<RowSet> weighted(List<RowSet> sets) {
        double mean = Arrays.stream(weights).average().orElse(1.0);
        double[] scaled = new double[weights.length];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = weights[i] / mean;
        }
        List<RowSet> out = new ArrayList<>(sets.size());
        int offset = 0;
        for (RowSet set : sets) {
            List<Row> rows = set.rows();
            int first = offset;
            out.add(new RowSet(set.featurizer(),
                    RowViews.of(rows.size(), i -> rows.get(i).withWeight(scaled[first + i]))));
            offset += rows.size();
        }
        return out;
    }

    /** Weighted mean error over the target rows, clamped to [MIN_ERROR, MAX_ERROR]. */
    double targetError(double[] errors) {
        double sum = 0;
        double weightSum = 0;
        for (int i = nSource; i < weights.length; i++) {
            sum += weights[i] * errors[i];
            weightSum += weights[i];
        }
        return Math.max(MIN_ERROR, Math.min(MAX_ERROR, sum / weightSum));
    }

    /** Applies one round's per-row errors and returns the round's beta_t = err / (1 - err). */
    double update(double[] errors) {
        double err = targetError(errors);
        double betaTarget = err / (1 - err);
        for (int i = 0; i < weights.length; i++) {
            weights[i] *= i < nSource ? Math.pow(betaSource, errors[i]) : Math.pow(betaTarget, -errors[i]);
        }
        return betaTarget;
    }
}
