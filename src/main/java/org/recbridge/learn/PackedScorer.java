package org.recbridge.learn;

import java.util.List;
import org.recbridge.features.EncodedRow;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.util.ExpNormalizer;

/**
 * Scores encoded rows as the Tribuo model of the same parameters predicts them, to the last bit, through the
 * in-place steps' arithmetic ({@link InPlaceStep#scores}) instead of Tribuo's examples, sparse vectors and
 * prediction maps per row, which took a fifth of a run's CPU in scoring test rows, ranking candidates and
 * each epoch's validation rows. Rows it cannot mirror exactly (a repeated feature, or as many features as the
 * model knows, which Tribuo scores as a dense vector) are left to Tribuo.
 */
final class PackedScorer {
    private final ImmutableFeatureMap features;
    private final InPlaceStep parameters;
    private final boolean bias;
    /** For classification: softmax over the outputs, and the index of the "like" output (-1 if none). */
    private final boolean classification;
    private final int like;

    private PackedScorer(ImmutableFeatureMap features, InPlaceStep parameters, boolean bias, boolean classification,
                         int like) {
        this.features = features;
        this.parameters = parameters;
        this.bias = bias;
        this.classification = classification;
        this.like = like;
    }

    /**
     * The packed scorer of these parameters (a model of ours: linear or fm, labels or a rating), or null for
     * parameters it does not know. It copies them: later steps do not reach it, except an fm's bias, which it
     * reads where it is.
     */
    @SuppressWarnings("unchecked")
    static PackedScorer of(ModelParameters model, OutputAdapter<?> outputs) {
        if (model == null || !(model.parameters() instanceof LinearParameters || model.parameters() instanceof FMParameters)) {
            return null;
        }
        InPlaceStep step = InPlaceStep.forParameters(model.parameters(), 1.0, SgdLearner.ADAGRAD_EPSILON,
                new L2Decay(0, null, model.features().size()));
        boolean classification = outputs == OutputAdapter.LABELS;
        int like = classification ? ((ImmutableOutputInfo<Label>) model.outputs()).getID(
                OutputAdapter.LABELS.output(1.0)) : 0;
        return new PackedScorer(model.features(), step, model.parameters() instanceof LinearParameters,
                classification, like);
    }

    /**
     * Scores {@code rows} into {@code out}; a row this cannot score as Tribuo would is marked in {@code toTribuo}
     * instead. Safe from several threads at once.
     */
    void scores(List<EncodedRow> rows, double[] out, boolean[] toTribuo) {
        PackedRow packed = new PackedRow();
        PredictScratch scratch = parameters.newScratch();
        ExpNormalizer softmax = new ExpNormalizer();
        Ids ids = new Ids();
        for (int r = 0; r < rows.size(); r++) {
            if (!pack(rows.get(r), packed, ids)) {
                toTribuo[r] = true;
                continue;
            }
            parameters.scores(packed, scratch);
            if (classification) {
                softmax.normalizeInPlace(scratch.scores);
                out[r] = like < 0 ? 0.0 : scratch.scores[like];
            } else {
                out[r] = scratch.scores[0];
            }
        }
    }

    /**
     * The row's known features by id in id order, and the bias last where the model has one, as Tribuo's
     * sparse vector of the example holds them; a row of no known feature is scored as {@link FittedModel}
     * asks Tribuo to score it: feature 0 at value 0. False where Tribuo would not build a sparse vector.
     */
    private boolean pack(EncodedRow row, PackedRow into, Ids ids) {
        String[] names = row.names();
        if (names.length == features.size()) {
            return false; // Tribuo makes a dense vector of such an example and sums over every feature
        }
        into.reserve(names.length + 1);
        int n = 0;
        for (int f = 0; f < names.length; f++) {
            int id = ids.of(f, names[f]);
            if (id < 0) {
                continue;
            }
            double value = row.values()[f];
            int j = n - 1;
            while (j >= 0 && into.ids[j] > id) {
                into.ids[j + 1] = into.ids[j];
                into.values[j + 1] = into.values[j];
                j--;
            }
            if (j >= 0 && into.ids[j] == id) {
                return false; // a repeated feature: Tribuo's rule for it is its own
            }
            into.ids[j + 1] = id;
            into.values[j + 1] = value;
            n++;
        }
        if (n == 0) {
            into.ids[0] = 0;
            into.values[0] = 0.0;
            n = 1;
        }
        into.dimension = features.size() + (bias ? 1 : 0);
        if (bias) {
            into.ids[n] = features.size();
            into.values[n] = 1.0;
            n++;
        }
        into.size = n;
        return true;
    }

    /**
     * Feature ids by name, remembered per place in the row: the rows scored together (a user's ranking candidates,
     * a seed's test rows) hold most names as the same string at the same place (an id's name, a baseline number's),
     * so most look-ups are one reference comparison instead of hashing the name in the feature map, which took a
     * seventh of a run's CPU.
     */
    private final class Ids {
        private String[] names = new String[16];
        private int[] ids = new int[16];

        int of(int place, String name) {
            if (place >= names.length) {
                names = java.util.Arrays.copyOf(names, Math.max(2 * names.length, place + 1));
                ids = java.util.Arrays.copyOf(ids, names.length);
            }
            if (names[place] != name) {
                names[place] = name;
                ids[place] = features.getID(name);
            }
            return ids[place];
        }
    }
}
