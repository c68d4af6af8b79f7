package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.features.EncodedRow;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Importance weights for source rows from a domain classifier: a logistic regression tells source rows
 * (label 0) from target rows (label 1); a source row's weight is its odds p/(1-p) times n_source/n_target
 * (so that a row the classifier cannot place gets weight 1), clipped to [min, max] so a few rows cannot
 * dominate. Each source row is scored by a classifier trained on the other folds, so weights are not
 * inflated by the classifier having memorised the row.
 */
final class DomainWeights {
    static final int FOLDS = 2;
    /** Few epochs: the classifier only has to rank rows by target-likeness, and it runs once per fold. */
    static final int EPOCHS = 5;
    /** Every domain row gets it so that a row with no shared feature still has one for Tribuo to score. */
    static final String CONSTANT = "domain-classifier:constant";

    private DomainWeights() {
    }

    static double[] of(List<EncodedRow> source, List<EncodedRow> target, double min, double max, long seed,
                       CancelToken cancel) {
        Set<String> shared = sharedNames(source, target);
        List<EncodedRow> rows = new ArrayList<>(source.size() + target.size());
        for (EncodedRow r : source) {
            rows.add(restricted(r, shared, 0));
        }
        for (EncodedRow r : target) {
            rows.add(restricted(r, shared, 1));
        }
        int[] fold = new int[rows.size()];
        SplittableRandom random = new SplittableRandom(seed ^ 0xd0a1);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(FOLDS);
        }
        SgdLearner classifier = new SgdLearner(LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(EPOCHS),
                TaskKind.CLASSIFICATION);
        double[] weights = new double[source.size()];
        Arrays.fill(weights, 1.0);
        for (int k = 0; k < FOLDS; k++) {
            List<EncodedRow> train = new ArrayList<>();
            List<Integer> scored = new ArrayList<>();
            int nSource = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != k) {
                    train.add(rows.get(i));
                    nSource += i < source.size() ? 1 : 0;
                } else if (i < source.size()) {
                    scored.add(i);
                }
            }
            int nTarget = train.size() - nSource;
            if (nSource == 0 || nTarget == 0 || scored.isEmpty()) {
                continue; // too few rows to tell the domains apart: these rows keep weight 1
            }
            FittedModel model = classifier.fit(train, List.of(), seed + k, cancel, ProgressListener.none());
            double[] p = model.predict(scored.stream().map(rows::get).toList());
            double ratio = nSource / (double) nTarget;
            for (int j = 0; j < p.length; j++) {
                double odds = p[j] >= 1 ? Double.POSITIVE_INFINITY : p[j] / (1 - p[j]) * ratio;
                weights[scored.get(j)] = Math.max(min, Math.min(max, odds));
            }
        }
        return weights;
    }

    /**
     * Names seen in both domains. A feature seen in one domain only (every item id when the catalogues are
     * disjoint) marks the domain perfectly and would push every weight to a clip bound while saying nothing
     * about how target-like a source row is.
     */
    private static Set<String> sharedNames(List<EncodedRow> source, List<EncodedRow> target) {
        Set<String> inTarget = new HashSet<>();
        for (EncodedRow r : target) {
            inTarget.addAll(Arrays.asList(r.names()));
        }
        Set<String> shared = new HashSet<>();
        for (EncodedRow r : source) {
            for (String n : r.names()) {
                if (inTarget.contains(n)) {
                    shared.add(n);
                }
            }
        }
        return shared;
    }

    private static EncodedRow restricted(EncodedRow r, Set<String> keep, double label) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        names.add(CONSTANT);
        values.add(1.0);
        for (int i = 0; i < r.names().length; i++) {
            if (keep.contains(r.names()[i])) {
                names.add(r.names()[i]);
                values.add(r.values()[i]);
            }
        }
        return new EncodedRow(names.toArray(new String[0]), values.stream().mapToDouble(Double::doubleValue).toArray(),
                label, 1.0);
    }
}
