package org.recbridge.learn;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.features.EncodedRow;
import org.recbridge.features.RowSet;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.util.CancelToken;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

/**
 * A trained Tribuo model with what it was trained with: the learner settings and the training curve.
 * Scores are P(like) for classification and implicit feedback, the predicted rating for regression.
 */
public final class FittedModel {
    /** Rows encoded and scored at once by {@link #predict(RowSet, CancelToken)}. */
    private static final int PREDICT_CHUNK_ROWS = 50_000;
    private final Model<?> model;
    private final Scorer<?> scorer;
    private final LearnerSettings settings;
    private final TrainingCurve curve;
    private final ModelParameters parameters;

    <T extends Output<T>> FittedModel(Model<T> model, OutputAdapter<T> outputs, LearnerSettings settings,
                                      TrainingCurve curve, ModelParameters parameters) {
        this.model = model;
        this.scorer = new Scorer<>(model, outputs, PackedScorer.of(parameters, outputs));
        this.settings = settings;
        this.curve = curve;
        this.parameters = parameters;
    }

    /**
     * A model read back from a file (export): it predicts like the one saved and has no training curve. Its SGD
     * parameters, which Tribuo gives back, score it as the trained model was scored (packed rows, and factors for
     * full ranking and top-K lists) instead of through Tribuo's objects per row.
     *
     * @throws IllegalArgumentException if the model's outputs are not those of the task (labels or a rating)
     */
    @SuppressWarnings("unchecked")
    public static FittedModel reloaded(Model<?> model, TaskKind task, LearnerSettings settings) {
        boolean regression = task.isRegression();
        Output<?> any = model.getOutputIDInfo().getDomain().iterator().next();
        if (regression != (any instanceof Regressor)) {
            throw new IllegalArgumentException("the model predicts " + any.getClass().getSimpleName()
                    + " outputs, not those of the " + task.id() + " task");
        }
        ModelParameters parameters = model instanceof org.tribuo.common.sgd.AbstractSGDModel<?> sgd
                ? new ModelParameters(sgd.getModelParameters(), model.getFeatureIDMap(), model.getOutputIDInfo())
                : null;
        return regression
                ? new FittedModel((Model<Regressor>) model, OutputAdapter.RATINGS, settings,
                        TrainingCurve.empty("RMSE"), parameters)
                : new FittedModel((Model<Label>) model, OutputAdapter.LABELS, settings, TrainingCurve.empty("AUC"),
                        parameters);
    }

    public double[] predict(List<EncodedRow> rows) {
        return scorer.scores(rows);
    }

    /**
     * The scores of a set's rows, encoded and scored a chunk at a time, so that a million source rows are never
     * held encoded at once; {@code cancel} is checked before each chunk.
     */
    public double[] predict(RowSet set, CancelToken cancel) {
        List<Row> rows = set.rows();
        double[] out = new double[rows.size()];
        for (int from = 0; from < rows.size(); from += PREDICT_CHUNK_ROWS) {
            cancel.check();
            int to = Math.min(rows.size(), from + PREDICT_CHUNK_ROWS);
            System.arraycopy(predict(set.featurizer().encodeAll(rows.subList(from, to))), 0, out, from, to - from);
        }
        return out;
    }

    public double predict(EncodedRow row) {
        return scorer.scores(List.of(row))[0];
    }

    /**
     * The score of a row none of whose features the model knows: its intercept alone, P(like) at the bias (the
     * model's base rate of likes) or the rating the bias alone predicts. {@link #predict} gives it to such rows.
     */
    public double baseline() {
        return scorer.baseline();
    }

    /**
     * The model's scores of users (encoded without an item) and items (encoded without a user) as a matrix
     * product ({@link FactorForm}), or null where the parameters are unknown or of another form. Scores the
     * product gives a pair equal this model's only where the pair's features are the union of the two sides';
     * callers check that.
     */
    public org.recbridge.eval.Factors factors(List<EncodedRow> users, List<EncodedRow> items) {
        return FactorForm.of(parameters, scorer.outputs() == OutputAdapter.LABELS, users, items);
    }

    /** The Tribuo model, for export and provenance. */
    public Model<?> tribuoModel() {
        return model;
    }

    public LearnerSettings settings() {
        return settings;
    }

    public TrainingCurve curve() {
        return curve;
    }

    /** The trained parameters for a warm start, or null if unknown. */
    ModelParameters parameters() {
        return parameters;
    }

    /**
     * Predicts through the typed model; kept separate so FittedModel needs no type parameter.
     *
     * @param packed the same predictions without Tribuo's objects per row, or null where the parameters are unknown
     */
    record Scorer<T extends Output<T>>(Model<T> model, OutputAdapter<T> outputs, PackedScorer packed) {
        double baseline() {
            return outputs.score(model.predict(interceptOnly()));
        }

        /**
         * Tribuo refuses an example none of whose features it knows ("No features found in Example"), yet
         * cold-start users meet long-tail items nobody trained on. One known feature at value 0 adds nothing
         * to a linear or FM score, so Tribuo's own predict (with its output normalisation) gives the
         * intercept-only prediction.
         */
        private Example<T> interceptOnly() {
            String anyKnown = model.getFeatureIDMap().get(0).getName();
            return new ArrayExample<>(outputs.output(0), new String[] {anyKnown}, new double[] {0.0});
        }

        double[] scores(List<EncodedRow> rows) {
            double[] out = new double[rows.size()];
            if (packed == null) {
                tribuoScores(rows, out, null);
                return out;
            }
            boolean[] toTribuo = new boolean[rows.size()];
            packed.scores(rows, out, toTribuo);
            tribuoScores(rows, out, toTribuo);
            return out;
        }

        /** Tribuo's scores of the rows (of those marked in {@code only}, if given) into {@code out}. */
        private void tribuoScores(List<EncodedRow> rows, double[] out, boolean[] only) {
            List<Example<T>> examples = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            T placeholder = outputs.output(0);
            ImmutableFeatureMap known = model.getFeatureIDMap();
            Example<T> interceptOnly = null;
            for (int r = 0; r < rows.size(); r++) {
                if (only != null && !only[r]) {
                    continue;
                }
                EncodedRow row = rows.get(r);
                at.add(r);
                if (knowsAny(known, row)) {
                    examples.add(new ArrayExample<>(placeholder, row.names(), row.values()));
                } else {
                    interceptOnly = interceptOnly == null ? interceptOnly() : interceptOnly;
                    examples.add(interceptOnly);
                }
            }
            if (examples.isEmpty()) {
                return;
            }
            int i = 0;
            for (Prediction<T> p : model.predict(examples)) {
                out[at.get(i++)] = outputs.score(p);
            }
        }

        private static boolean knowsAny(ImmutableFeatureMap known, EncodedRow row) {
            for (String name : row.names()) {
                if (known.getID(name) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
