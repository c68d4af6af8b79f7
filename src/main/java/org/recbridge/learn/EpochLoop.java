package org.recbridge.learn;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.recbridge.features.BaselineFeatures;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.VariableInfo;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.provenance.ModelProvenance;

/**
 * The SGD epoch loop, owned here rather than inside Tribuo's {@code train}, so that each epoch can be
 * judged on validation data, training can stop early and keep the best epoch's parameters, the user can
 * cancel between steps, and per-epoch curves are recorded. Updates are the same as Tribuo's (per-example
 * AdaGrad steps on the objective's gradient); L2 is applied as weight decay on the features active in each
 * example, the usual lazy form for sparse one-hot data, except on the baseline numbers every row carries,
 * whose L2 is part of their gradient ({@link L2Decay} says why).
 */
final class EpochLoop {
    private static final int CANCEL_CHECK_EVERY = 1024;
    /** Rows whose blocks are fetched at once, ahead of their steps. */
    private static final int TOUCH_AHEAD = 16;

    private EpochLoop() {
    }

    record Outcome<T extends Output<T>>(Model<T> model, TrainingCurve curve, ModelParameters parameters) {
    }

    static <T extends Output<T>, U, X extends FeedForwardParameters> Outcome<T> run(
            SgdHooks<T, U, X> hooks, TrainingRows<T, U> data, java.util.function.IntFunction<TrainingRows<T, U>> later,
            int bprPositive, EpochJudge<T> judge, String metricName, LearnerSettings settings, long seed,
            WarmStart warmStart, CancelToken cancel, ProgressListener progress) {
        ImmutableFeatureMap featureMap = data.featureMap();
        ImmutableOutputInfo<T> outputInfo = data.outputInfo();
        SplittableRandom random = new SplittableRandom(seed);
        X parameters = hooks.newParameters(featureMap.size(), outputInfo.size(), random);
        // L2 pulls active weights towards this centre: zero, or the source weights for regularised transfer
        FeedForwardParameters centre = warmStart == null ? null : warmStart.apply(parameters, featureMap, outputInfo);
        // A decay of 1 resets active weights to the centre each step; beyond that the step would overshoot
        // and diverge, so a huge L2 means "stay at the centre".
        L2Decay decay = new L2Decay(Math.min(1.0, settings.learningRate() * settings.l2()), settings.l2(), centre,
                featureMap.size(), baselineNumbers(featureMap));
        // linear and fm parameters (every learner here) take Tribuo's AdaGrad step in place
        InPlaceStep inPlace = InPlaceStep.forParameters(parameters, settings.learningRate(),
                SgdLearner.ADAGRAD_EPSILON, decay);
        PackedRow row = new PackedRow();
        PredictScratch scored = inPlace.newScratch();
        SGDObjective<U> objective = hooks.objective();
        // the classifiers' log loss is computed on the scores themselves
        boolean logLoss = objective instanceof LogMulticlass;
        ModelProvenance provenance = new ModelProvenance(hooks.modelClassName(), OffsetDateTime.now(),
                data.provenance(), hooks.trainerProvenance(), Map.of());

        // the rows' handles, shuffled in place each epoch: the same swaps as on the rows' numbers would make
        int[] order = data.handles();
        List<EpochPoint> points = new ArrayList<>();
        FeedForwardParameters best = parameters.copy();
        int bestEpoch = 0;
        // A warm start must earn its epochs: if no epoch beats the starting (source) parameters on
        // validation, those are kept (best epoch 0).
        double bestScore = warmStart == null ? Double.NaN
                : selectionScore(judge.judge(hooks.newModel(provenance, featureMap, outputInfo, parameters),
                        new ModelParameters(parameters, featureMap, outputInfo)), judge);
        int sinceBest = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            if (later != null && epoch > 1) {
                // negatives drawn afresh: other rows, the same feature ids. The last epoch's rows are let go
                // before the next are encoded, for the collector to take where nothing else holds them.
                data = null;
                order = null;
                data = later.apply(epoch);
                order = data.handles();
            }
            double loss;
            if (bprPositive >= 0) {
                int[] pairs = Bpr.pairs(data, bprPositive);
                int[] pairOrder = new int[pairs.length / 2];
                for (int k = 0; k < pairOrder.length; k++) {
                    pairOrder[k] = k;
                }
                shuffle(pairOrder, random);
                loss = Bpr.epoch(data, pairs, pairOrder, inPlace, bprPositive, cancel);
            } else {
                shuffle(order, random);
                loss = epoch(hooks, data, order, inPlace, row, scored, objective, logLoss, cancel);
            }
            inPlace.flush();
            refuseDivergence(epoch, loss, parameters, settings);
            double[] scores = judge.judge(hooks.newModel(provenance, featureMap, outputInfo, parameters),
                    new ModelParameters(parameters, featureMap, outputInfo));
            points.add(new EpochPoint(epoch, loss, scores[0], scores[1], scores[2]));
            double score = selectionScore(scores, judge);
            boolean noValidation = Double.isNaN(score); // nothing to select on: keep the latest epoch
            if (noValidation || Double.isNaN(bestScore) || improves(score, bestScore)) {
                bestScore = score;
                best = parameters.copy();
                bestEpoch = epoch;
                sinceBest = 0;
            } else if (++sinceBest >= settings.patience()) {
                progress.progress(1.0, "stopped early after epoch " + epoch + ", kept epoch " + bestEpoch);
                break;
            }
            progress.progress(epoch / (double) settings.epochs(),
                    String.format("epoch %d: validation %s %.4f", epoch, metricName, scores[1]));
        }
        @SuppressWarnings("unchecked")
        X kept = (X) best;
        Model<T> model = hooks.newModel(provenance, featureMap, outputInfo, kept);
        return new Outcome<>(model, new TrainingCurve(metricName, List.copyOf(points), bestEpoch),
                new ModelParameters(kept, featureMap, outputInfo));
    }

    /**
     * What epochs are chosen by, higher being better: the validation metric, or, where the validation rows cannot
     * give it (AUC of rows that are all likes or all dislikes), their loss; NaN without validation rows. The rows
     * are the same every epoch, so one run never mixes the two.
     */
    static double selectionScore(double[] scores, EpochJudge<?> judge) {
        if (!Double.isNaN(scores[1])) {
            return judge.higherIsBetter() ? scores[1] : -scores[1];
        }
        return -scores[2];
    }

    /**
     * Per feature id, whether it is a baseline number ({@link BaselineFeatures#isNumber}), whose L2 goes into its
     * gradient ({@link L2Decay}); null if there is none.
     */
    static boolean[] baselineNumbers(ImmutableFeatureMap featureMap) {
        boolean[] numbers = null;
        for (VariableInfo v : featureMap) {
            if (BaselineFeatures.isNumber(v.getName())) {
                if (numbers == null) {
                    numbers = new boolean[featureMap.size()];
                }
                numbers[featureMap.getID(v.getName())] = true;
            }
        }
        return numbers;
    }

    /** Where the touched words go, so that the JIT cannot drop the reads that fetch the rows. */
    @SuppressWarnings("unused")
    private static volatile long touchedSink;

    /**
     * One epoch's steps, in {@code order}: its own method, so that the JIT compiles this loop alone, not the
     * whole training run around it (compiling that took a second of a short run's CPU).
     *
     * @return the epoch's weighted mean training loss
     */
    private static <T extends Output<T>, U> double epoch(SgdHooks<T, U, ?> hooks, TrainingRows<T, U> data,
            int[] order, InPlaceStep inPlace, PackedRow row, PredictScratch scored, SGDObjective<U> objective,
            boolean logLoss, CancelToken cancel) {
        int n = order.length;
        double lossSum = 0;
        double weightSum = 0;
        long touched = 0;
        DenseVector prediction = new DenseVector(scored.scores.length);
        for (int k = 0; k < n; k++) {
            if (k % TOUCH_AHEAD == 0) {
                // the next rows' blocks, fetched together: their cache misses overlap instead of each
                // stalling its own step (at a million rows the blocks outgrow the cache and a shuffled
                // epoch waited on memory for a third of its time); the order of the steps is unchanged
                for (int b = k; b < Math.min(n, k + TOUCH_AHEAD); b++) {
                    touched += data.touch(order[b]);
                }
            }
            int j = order[k];
            if (k % CANCEL_CHECK_EVERY == 0) {
                cancel.check();
            }
            double w = data.weight(j);
            data.fill(j, row);
            inPlace.scores(row, scored);
            double objectiveValue;
            double[] gradient;
            if (logLoss) {
                objectiveValue = InPlaceLogLoss.lossAndGradient((Integer) data.target(j), scored.scores);
                gradient = scored.scores;
            } else {
                // the objective overwrites the prediction with its gradient, so it gets a copy of the scores
                for (int o = 0; o < scored.scores.length; o++) {
                    prediction.set(o, scored.scores[o]);
                }
                Pair<Double, SGDVector> out = objective.lossAndGradient(data.target(j), prediction);
                objectiveValue = out.getA();
                gradient = out.getB().toArray();
            }
            inPlace.step(gradient, row, scored, w);
            lossSum += hooks.loss(objectiveValue) * w;
            weightSum += w;
        }
        touchedSink = touched;
        return weightSum == 0 ? 0 : lossSum / weightSum;
    }

    /**
     * Checked once per epoch, never per step (the norm of every weight costs less than a hundredth of an
     * epoch): a NaN or infinite loss or weight means every later score is meaningless.
     */
    private static void refuseDivergence(int epoch, double loss, FeedForwardParameters parameters,
                                         LearnerSettings settings) {
        if (!Double.isFinite(loss)) {
            throw new TrainingDiverged(epoch, "the training loss is " + loss, settings);
        }
        for (Tensor t : parameters.get()) {
            if (!Double.isFinite(t.twoNorm())) {
                throw new TrainingDiverged(epoch, "the weights reached NaN or infinity", settings);
            }
        }
    }

    /** Whether a selection score (higher is better) beats the best so far by more than rounding. */
    private static boolean improves(double value, double best) {
        return !Double.isNaN(value) && value > best + 1e-9;
    }

    private static void shuffle(int[] order, SplittableRandom random) {
        for (int k = order.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int tmp = order[k];
            order[k] = order[j];
            order[j] = tmp;
        }
    }
}
