package org.recbridge.analysis.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.FeatureSink;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * Computes the {@link ADistance}: a balanced, seeded sample of rows from each domain, labelled source = 0 and
 * target = 1, encoded by each domain's {@link DomainFeaturizer} (what a model of that domain sees), a logistic
 * regression trained on one half and its error measured on the other.
 */
public final class ProxyADistance {
    /** Every row carries it, so a row with no comparable feature can still be scored (as the prior). */
    static final String CONSTANT = "domain:constant";

    private ProxyADistance() {
    }

    public static ADistance of(Domain source, Domain target, DiagnosticsSettings settings, CancelToken cancel) {
        Interactions s = source.interactions();
        Interactions t = target.interactions();
        Predicate<String> comparable = new ComparableFeatures(source, target);
        int n = Math.min(settings.maxRowsPerDomain(), Math.min(s.size(), t.size()));
        if (n < 2) {
            throw new IllegalArgumentException("A-distance: " + (s.size() < 2 ? source.name() : target.name())
                    + " has fewer than 2 interactions");
        }
        Random random = new Random(settings.seed());
        List<Row> sourceRows = sample(s, n, 0, random);
        List<Row> targetRows = sample(t, n, 1, random);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<EncodedRow> all = new ArrayList<>(2 * n);
        DomainFeaturizer sf = new DomainFeaturizer(source);
        DomainFeaturizer tf = new DomainFeaturizer(target);
        for (int i : order) {
            all.add(i < n ? sf.encode(sourceRows.get(i)) : tf.encode(targetRows.get(i - n)));
        }
        List<EncodedRow> restricted = all.stream().map(r -> restrict(r, comparable)).toList();
        Set<String> used = distinctFeatures(restricted);
        // with nothing comparable the classifier could only learn the prior: its chance error would read "alike"
        double error = used.isEmpty() ? Double.NaN : heldOutError(restricted, settings, cancel);
        double errorAll = heldOutError(all.stream().map(r -> restrict(r, name -> true)).toList(), settings, cancel);
        return new ADistance(source.name(), target.name(), n, used.size(), FeatureGroup.of(used), error,
                used.isEmpty() ? Double.NaN : ADistance.fromError(error), errorAll, ADistance.fromError(errorAll),
                comparableRows(restricted));
    }

    /** {@code n} distinct rows drawn without replacement (a partial shuffle: no list of every row is built). */
    private static List<Row> sample(Interactions in, int n, double label, Random random) {
        int[] rows = new int[in.size()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r;
        }
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(rows.length - i);
            int r = rows[j];
            rows[j] = rows[i];
            out.add(new Row(in.userId(r), in.itemId(r), label, Double.NaN, 1.0));
        }
        return out;
    }

    private static EncodedRow restrict(EncodedRow r, Predicate<String> keep) {
        FeatureSink sink = new FeatureSink();
        sink.flag(CONSTANT);
        for (int i = 0; i < r.names().length; i++) {
            if (keep.test(r.names()[i])) {
                sink.add(r.names()[i], r.values()[i]);
            }
        }
        return sink.toRow(r.label(), 1.0);
    }

    /** Trains on the first half (rows come shuffled) and returns the misclassified share of the second. */
    private static double heldOutError(List<EncodedRow> rows, DiagnosticsSettings settings, CancelToken cancel) {
        int half = rows.size() / 2;
        List<EncodedRow> train = rows.subList(0, half);
        List<EncodedRow> test = rows.subList(half, rows.size());
        if (train.stream().allMatch(r -> r.label() == train.get(0).label())) {
            return 0.5; // one domain only in the training half (tiny samples): the classifier knows nothing
        }
        SgdLearner classifier = new SgdLearner(LearnerSettings.defaults(LearnerKind.LINEAR)
                .withEpochs(settings.epochs()), TaskKind.CLASSIFICATION);
        // no validation rows: the epoch count is fixed, and the held-out half must stay unseen
        FittedModel model = classifier.fit(train, List.of(), settings.seed(), cancel, ProgressListener.none());
        double[] p = model.predict(test);
        int wrong = 0;
        for (int i = 0; i < p.length; i++) {
            wrong += (p[i] >= 0.5) != (test.get(i).label() >= 0.5) ? 1 : 0;
        }
        return wrong / (double) p.length;
    }

    /** Of the two domains, the smaller share of rows with a comparable feature (besides the constant). */
    private static double comparableRows(List<EncodedRow> rows) {
        int[] with = new int[2];
        int[] all = new int[2];
        for (EncodedRow r : rows) {
            int d = r.label() >= 0.5 ? 1 : 0;
            all[d]++;
            with[d] += r.names().length > 1 ? 1 : 0;
        }
        return Math.min(with[0] / (double) Math.max(1, all[0]), with[1] / (double) Math.max(1, all[1]));
    }

    private static Set<String> distinctFeatures(List<EncodedRow> rows) {
        Set<String> names = new HashSet<>();
        rows.forEach(r -> names.addAll(List.of(r.names())));
        names.remove(CONSTANT); // not a feature of the data
        return names;
    }
}
