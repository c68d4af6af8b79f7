package org.recbridge.transfer;

import java.util.List;
import org.recbridge.task.Row;

/**
 * A weighted sum of members' predictions (the weights sum to 1): the ensemble and multi-source strategies. A named
 * predictor rather than a lambda, so that export can save each member and a reloaded blend predicts with this code.
 *
 * @param names   each member's name, as in the results' details
 * @param members each member's predictor
 */
public record Blend(List<String> names, List<Predictor> members, List<Double> weights) implements Predictor {
    public Blend {
        names = List.copyOf(names);
        members = List.copyOf(members);
        weights = List.copyOf(weights);
        if (members.isEmpty() || members.size() != weights.size() || members.size() != names.size()) {
            throw new IllegalArgumentException("need a name and a weight per member and at least one member");
        }
        MeanWeights.check(weights);
    }

    @Override
    public double[] predict(List<Row> rows) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < members.size(); i++) {
            double w = weights.get(i);
            if (w == 0) {
                continue; // a member the fit dropped costs nothing to score
            }
            double[] p = members.get(i).predict(rows);
            for (int r = 0; r < out.length; r++) {
                out[r] += w * p[r];
            }
        }
        return out;
    }
}
