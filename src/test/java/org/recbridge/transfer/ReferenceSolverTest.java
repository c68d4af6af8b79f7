package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.eval.ClassificationMetrics;
import org.recbridge.features.EncodedRow;
import org.recbridge.learn.LearnerKind;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The linear learner against a converged solver on the same split: LibLinear's L2-regularised logistic
 * regression, its C chosen on the validation rows (never test), trained on exactly the rows and features
 * RecBridge's target-only and pooled strategies train on. RecBridge must come within 0.005 test AUC.
 * The target has 20 interactions per user (MovieLens-like density): with a handful per user the validation
 * rows are too few to pick C reliably, and the choice of C alone moves test AUC by 0.01.
 */
class ReferenceSolverTest {
    private static final double[] COSTS = {0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3};

    @Test
    void linearReachesTheReferenceSolversAuc() {
        for (long seed : new long[] {1, 2}) {
            SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withTargetInteractionsPerUser(20)
                    .withSeed(seed));
            TransferProblem problem = SyntheticProblems.problem(List.of(pair.source()), pair.target(), seed);
            var f = problem.targetFeaturizer();
            List<EncodedRow> targetTrain = f.encodeAll(problem.split().train());
            List<EncodedRow> validation = f.encodeAll(problem.split().validation());
            List<EncodedRow> test = f.encodeAll(problem.split().test());
            List<EncodedRow> pooledTrain = new ArrayList<>(targetTrain);
            for (SourceData source : problem.sources()) {
                pooledTrain.addAll(source.featurizer().encodeAll(source.rows()));
            }
            compare("target-only", new TargetOnly(), targetTrain, validation, test, problem, seed);
            compare("pooled", new Pooled(), pooledTrain, validation, test, problem, seed);
        }
    }

    private static void compare(String name, TransferStrategy strategy, List<EncodedRow> train,
                                List<EncodedRow> validation, List<EncodedRow> test, TransferProblem problem, long seed) {
        TrainedStrategy trained = strategy.train(problem, SyntheticProblems.learner(LearnerKind.LINEAR),
                SyntheticProblems.context(seed));
        double ours = auc(trained.predictor().predict(problem.split().test()), test); // test is encoded in order
        double bestValidation = -1;
        double reference = Double.NaN;
        double chosen = Double.NaN;
        for (double c : COSTS) {
            Model<Label> m = new LibLinearClassificationTrainer(new LinearClassificationType(
                    LinearClassificationType.LinearType.L2R_LR), c, 1000, 1e-4).train(dataset(train));
            double v = auc(scores(m, validation), validation);
            if (v > bestValidation) {
                bestValidation = v;
                chosen = c;
                reference = auc(scores(m, test), test);
            }
        }
        String what = String.format("%s seed %d: RecBridge linear test AUC %.4f (kept epoch %d of %d), LibLinear L2-LR "
                + "(C=%s, chosen on validation) %.4f", name, seed, ours, trained.curve().bestEpoch(), trained.curve().points().size(), chosen, reference);
        assertTrue(Math.abs(ours - reference) <= 0.005, what);
    }

    private static MutableDataset<Label> dataset(List<EncodedRow> rows) {
        List<Example<Label>> examples = new ArrayList<>();
        for (EncodedRow r : rows) {
            examples.add(new ArrayExample<>(label(r.label()), r.names(), r.values()));
        }
        return new MutableDataset<>(new ListDataSource<>(examples, new LabelFactory(),
                new SimpleDataSourceProvenance("reference rows", new LabelFactory())));
    }

    private static Label label(double value) {
        return new Label(value >= 0.5 ? "1" : "0");
    }

    private static double[] scores(Model<Label> model, List<EncodedRow> rows) {
        double[] out = new double[rows.size()];
        int i = 0;
        for (EncodedRow r : rows) {
            Prediction<Label> p = model.predict(new ArrayExample<>(label(0), r.names(), r.values()));
            out[i++] = p.getOutputScores().get("1").getScore();
        }
        return out;
    }

    private static double auc(double[] scores, List<EncodedRow> rows) {
        boolean[] positives = new boolean[rows.size()];
        for (int i = 0; i < positives.length; i++) {
            positives[i] = rows.get(i).label() >= 0.5;
        }
        return ClassificationMetrics.auc(scores, positives);
    }
}
