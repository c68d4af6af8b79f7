package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.features.FeatureSink;
import org.recbridge.features.Featurizer;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.RowViews;
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

    /**
     * @param sources each source's rows with its featurizer
     * @param target  the target's training rows with theirs
     * @return the weight of every source row, the sources' rows one after the other
     */
    static double[] of(List<RowSet> sources, RowSet target, double min, double max, long seed, CancelToken cancel) {
        Set<String> shared = sharedNames(sources, target, cancel);
        // the rows as the classifier sees them, made as they are read: a million source rows are not copied
        List<RowSet> domains = new ArrayList<>();
        for (RowSet s : sources) {
            domains.add(domainRows(s, shared, 0));
        }
        domains.add(domainRows(target, shared, 1));
        int nSourceRows = RowSet.size(sources);
        int[] fold = new int[nSourceRows + target.rows().size()];
        SplittableRandom random = new SplittableRandom(seed ^ 0xd0a1);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(FOLDS);
        }
        SgdLearner classifier = new SgdLearner(LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(EPOCHS),
                TaskKind.CLASSIFICATION);
        double[] weights = new double[nSourceRows];
        Arrays.fill(weights, 1.0);
        for (int k = 0; k < FOLDS; k++) {
            // trained on the rows of the other folds, sources first, in row order; scores this fold's source rows
            List<RowSet> train = new ArrayList<>();
            List<RowSet> scored = new ArrayList<>();
            List<int[]> scoredAt = new ArrayList<>();
            int nSource = 0;
            int nTarget = 0;
            int offset = 0;
            for (int d = 0; d < domains.size(); d++) {
                RowSet set = domains.get(d);
                int[] other = rowsOfFold(fold, offset, set.rows().size(), k, false);
                train.add(rowsAt(set, other));
                if (d < sources.size()) {
                    nSource += other.length;
                    int[] own = rowsOfFold(fold, offset, set.rows().size(), k, true);
                    scored.add(rowsAt(set, own));
                    scoredAt.add(shifted(own, offset));
                } else {
                    nTarget += other.length;
                }
                offset += set.rows().size();
            }
            if (nSource == 0 || nTarget == 0 || RowSet.size(scored) == 0) {
                continue; // too few rows to tell the domains apart: these rows keep weight 1
            }
            FittedModel model = classifier.fitRows(train, List.of(), seed + k, cancel, ProgressListener.none());
            double ratio = nSource / (double) nTarget;
            for (int s = 0; s < scored.size(); s++) {
                double[] p = model.predict(scored.get(s), cancel);
                int[] at = scoredAt.get(s);
                for (int j = 0; j < p.length; j++) {
                    double odds = p[j] >= 1 ? Double.POSITIVE_INFINITY : p[j] / (1 - p[j]) * ratio;
                    weights[at[j]] = Math.max(min, Math.min(max, odds));
                }
            }
        }
        return weights;
    }

    /** The positions (within a set starting at {@code offset}) of the rows in fold {@code k}, or not in it. */
    private static int[] rowsOfFold(int[] fold, int offset, int size, int k, boolean inFold) {
        return java.util.stream.IntStream.range(0, size).filter(i -> (fold[offset + i] == k) == inFold).toArray();
    }

    private static RowSet rowsAt(RowSet set, int[] positions) {
        List<Row> rows = set.rows();
        return new RowSet(set.featurizer(), RowViews.of(positions.length, j -> rows.get(positions[j])));
    }

    private static int[] shifted(int[] positions, int offset) {
        return Arrays.stream(positions).map(i -> i + offset).toArray();
    }

    /**
     * Names seen in both domains. A feature seen in one domain only (every item id when the catalogues are
     * disjoint) marks the domain perfectly and would push every weight to a clip bound while saying nothing
     * about how target-like a source row is.
     */
    private static Set<String> sharedNames(List<RowSet> sources, RowSet target, CancelToken cancel) {
        Set<String> inTarget = new HashSet<>();
        forEachName(target, cancel, inTarget::add);
        Set<String> shared = new HashSet<>();
        for (RowSet s : sources) {
            forEachName(s, cancel, name -> {
                if (inTarget.contains(name)) {
                    shared.add(name);
                }
            });
        }
        return shared;
    }

    private static void forEachName(RowSet set, CancelToken cancel, java.util.function.Consumer<String> use) {
        FeatureSink sink = new FeatureSink();
        int seen = 0;
        for (Row row : set.rows()) {
            if (++seen % 8192 == 0) {
                cancel.check();
            }
            sink.clear();
            set.featurizer().addFeatures(row, sink);
            for (int i = 0; i < sink.size(); i++) {
                use.accept(sink.name(i));
            }
        }
    }

    /**
     * A set's rows as the domain classifier sees them: labelled with their domain, of weight 1, with a constant
     * feature first and then only the shared features, in their order.
     */
    private static RowSet domainRows(RowSet set, Set<String> shared, double domain) {
        Featurizer featurizer = set.featurizer();
        // one sink for every row, not one each: the classifier encodes and scores these rows one at a time, in
        // this thread (training packs them, scoring encodes chunks in turn)
        FeatureSink all = new FeatureSink();
        Featurizer restricted = (row, sink) -> {
            sink.add(CONSTANT, 1.0);
            all.clear();
            featurizer.addFeatures(row, all);
            for (int i = 0; i < all.size(); i++) {
                if (shared.contains(all.name(i))) {
                    sink.add(all.name(i), all.value(i));
                }
            }
        };
        List<Row> rows = set.rows();
        return new RowSet(restricted, RowViews.of(rows.size(), i -> {
            Row r = rows.get(i);
            return new Row(r.user(), r.item(), domain, r.rating(), 1.0);
        }));
    }
}
