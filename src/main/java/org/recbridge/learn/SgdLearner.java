package org.recbridge.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recbridge.eval.ClassificationMetrics;
import org.recbridge.eval.RegressionMetrics;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.RowSet;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.tribuo.Model;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;

/**
 * Trains a Tribuo SGD model (logistic/linear regression or factorization machine) on encoded rows, choosing
 * the number of epochs on the validation rows. Validation rows are never the test rows: callers pass the
 * split's validation part.
 */
public final class SgdLearner {
    /** Training rows sampled to chart the train metric per epoch; bounded so the curve stays cheap. */
    private static final int TRAIN_METRIC_SAMPLE = 2000;
    private static final double FM_INIT_VARIANCE = 0.01;
    /** AdaGrad's epsilon; {@link LinearAdaGradStep} repeats AdaGrad's step with it. */
    static final double ADAGRAD_EPSILON = 0.1;

    private final LearnerSettings settings;
    private final TaskKind task;

    public SgdLearner(LearnerSettings settings, TaskKind task) {
        this.settings = settings;
        this.task = task;
    }

    public LearnerSettings settings() {
        return settings;
    }

    /** The same task with other settings, e.g. for a second training stage. */
    public SgdLearner withSettings(LearnerSettings s) {
        return new SgdLearner(s, task);
    }

    public String metricName() {
        return task.isRegression() ? "RMSE" : "AUC";
    }

    public FittedModel fit(List<EncodedRow> train, List<EncodedRow> validation, long seed, CancelToken cancel,
                           ProgressListener progress) {
        return fit(train, validation, seed, cancel, progress, null);
    }

    /**
     * As {@link #fit(List, List, long, CancelToken, ProgressListener)}, starting from a source model's
     * parameters (null: Tribuo's initialisation). With 0 epochs the result predicts as the source does.
     */
    public FittedModel fit(List<EncodedRow> train, List<EncodedRow> validation, long seed, CancelToken cancel,
                           ProgressListener progress, WarmStart warmStart) {
        double[] labels = train.stream().mapToDouble(EncodedRow::label).toArray();
        return fit(new Train(train, null), labels, sample(train.size(), seed, train::get), validation, seed,
                warmStart, cancel, progress);
    }

    /**
     * As {@link #fit(List, List, long, CancelToken, ProgressListener)} on the rows of the sets in order, each
     * encoded by its featurizer straight into the learner's compact form: for large row counts, where holding
     * every row encoded as well would double the heap.
     */
    public FittedModel fitRows(List<RowSet> train, List<EncodedRow> validation, long seed, CancelToken cancel,
                               ProgressListener progress) {
        return fitRows(train, validation, seed, cancel, progress, null);
    }

    /**
     * As {@link #fitRows(List, List, long, CancelToken, ProgressListener)}, starting from a source model's
     * parameters (null: Tribuo's initialisation). Rows whose negatives are redrawn each epoch
     * ({@link org.recbridge.task.RedrawnNegatives}) are encoded again for every epoch after the first.
     */
    public FittedModel fitRows(List<RowSet> train, List<EncodedRow> validation, long seed, CancelToken cancel,
                               ProgressListener progress, WarmStart warmStart) {
        double[] labels = train.stream().flatMap(s -> s.rows().stream()).mapToDouble(Row::label).toArray();
        return fit(new Train(null, train), labels, sample(labels.length, seed, i -> RowSet.encode(train, i)),
                validation, seed, warmStart, cancel, progress);
    }

    private FittedModel fit(Train train, double[] labels, List<EncodedRow> trainSample, List<EncodedRow> validation,
                            long seed, WarmStart warmStart, CancelToken cancel, ProgressListener progress) {
        if (labels.length == 0) {
            throw new IllegalArgumentException("no training rows");
        }
        AdaGrad optimiser = new AdaGrad(settings.learningRate(), ADAGRAD_EPSILON);
        if (task.isRegression()) {
            SgdHooks<Regressor, ?, ?> hooks = settings.kind() == LearnerKind.FM
                    ? new FmRegressorTrainer(optimiser, seed, settings.factors(), FM_INIT_VARIANCE)
                    : new LinearRegressionTrainer(optimiser, seed);
            return fit(hooks, OutputAdapter.RATINGS, train, trainSample, validation, seed, warmStart, cancel, progress);
        }
        requireBothClasses(labels);
        SgdHooks<Label, ?, ?> hooks = settings.kind() == LearnerKind.FM
                ? new FmClassifierTrainer(optimiser, seed, settings.factors(), FM_INIT_VARIANCE)
                : new LogisticTrainer(optimiser, seed);
        return fit(hooks, OutputAdapter.LABELS, train, trainSample, validation, seed, warmStart, cancel, progress);
    }

    private <T extends Output<T>, U> FittedModel fit(SgdHooks<T, U, ?> hooks, OutputAdapter<T> outputs, Train train,
                                                     List<EncodedRow> trainSample, List<EncodedRow> validation,
                                                     long seed, WarmStart warmStart, CancelToken cancel,
                                                     ProgressListener progress) {
        TrainingRows<T, U> data = train.encoded() != null
                ? TrainingRows.of(train.encoded(), outputs, hooks, warmStart)
                : TrainingRows.encode(train.sets(), outputs, hooks, warmStart, cancel);
        EpochJudge<T> judge = new EpochJudge<>() {
            @Override
            public double[] judge(Model<T> model, ModelParameters parameters) {
                FittedModel.Scorer<T> scorer = new FittedModel.Scorer<>(model, outputs, PackedScorer.of(parameters, outputs));
                double[] v = metricAndLoss(scorer, validation);
                return new double[] {metricAndLoss(scorer, trainSample)[0], v[0], v[1]};
            }

            @Override
            public boolean higherIsBetter() {
                return !task.isRegression();
            }
        };
        java.util.function.IntFunction<TrainingRows<T, U>> later = train.sets() == null || !RowSet.redraws(train.sets())
                ? null : data.laterEpochs(train.sets(), outputs, hooks, cancel);
        EpochLoop.Outcome<T> outcome = EpochLoop.run(hooks, data, later, bprPositive(data), judge, metricName(),
                settings, seed, warmStart, cancel, progress);
        return new FittedModel(outcome.model(), outputs, settings, outcome.curve(), outcome.parameters());
    }

    /** The output id of a like where the loss is BPR (which ranks likes above the rest), else -1. */
    private int bprPositive(TrainingRows<?, ?> data) {
        if (!settings.bpr()) {
            return -1;
        }
        if (task != TaskKind.IMPLICIT) {
            throw new IllegalArgumentException("loss bpr needs the implicit task, not " + task.id());
        }
        @SuppressWarnings("unchecked")
        ImmutableOutputInfo<Label> outputs = (ImmutableOutputInfo<Label>) data.outputInfo();
        return outputs.getID(new Label("1"));
    }

    /** The training rows, either encoded already or as sets to encode (exactly one is set). */
    private record Train(List<EncodedRow> encoded, List<RowSet> sets) {
    }

    /**
     * {metric, loss} of the model on rows: AUC and log-loss for likes, RMSE and half the mean squared error
     * for ratings (the losses the SGD objectives minimise, so validation loss compares with training loss).
     */
    private double[] metricAndLoss(FittedModel.Scorer<?> scorer, List<EncodedRow> rows) {
        if (rows.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] scores = scorer.scores(rows);
        if (task.isRegression()) {
            double[] actual = rows.stream().mapToDouble(EncodedRow::label).toArray();
            double rmse = RegressionMetrics.rmse(scores, actual);
            return new double[] {rmse, rmse * rmse / 2};
        }
        boolean[] positives = new boolean[rows.size()];
        for (int i = 0; i < positives.length; i++) {
            positives[i] = rows.get(i).label() >= 0.5;
        }
        return new double[] {ClassificationMetrics.auc(scores, positives), ClassificationMetrics.logLoss(scores, positives)};
    }

    private static List<EncodedRow> sample(int size, long seed, java.util.function.IntFunction<EncodedRow> row) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5eed);
        List<EncodedRow> out = new ArrayList<>(Math.min(size, TRAIN_METRIC_SAMPLE));
        if (size <= TRAIN_METRIC_SAMPLE) {
            for (int i = 0; i < size; i++) {
                out.add(row.apply(i));
            }
            return out;
        }
        for (int i = 0; i < TRAIN_METRIC_SAMPLE; i++) {
            out.add(row.apply(random.nextInt(size)));
        }
        return out;
    }

    private static void requireBothClasses(double[] labels) {
        boolean like = false;
        boolean dislike = false;
        for (double label : labels) {
            if (label >= 0.5) {
                like = true;
            } else {
                dislike = true;
            }
        }
        if (!like || !dislike) {
            throw new IllegalArgumentException("the training rows hold only " + (like ? "likes" : "dislikes")
                    + "; a classifier needs both (check the like threshold)");
        }
    }
}
