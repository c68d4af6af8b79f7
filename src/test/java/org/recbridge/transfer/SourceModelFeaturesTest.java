package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.features.CompositeFeaturizer;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.features.SourceScoreFeaturizer;
import org.recbridge.transfer.features.UserFactorFeaturizer;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** The source-model features (stacked score, FM user factors) and the strategies on small data. */
class SourceModelFeaturesTest {
    private static final RunContext CONTEXT = new RunContext(1, CancelToken.none(), ProgressListener.none());

    static TransferProblem problem(TaskKind kind) {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(300)
                .withSourceInteractionsPerUser(20).withSeed(3));
        TaskSettings task = new TaskSettings(kind, 4.0, 4);
        return new ProblemBuilder(new LoadedData(List.of(pair.source()), pair.target(), List.of()), task)
                .build(ProtocolSettings.defaults(), 1);
    }

    static SgdLearner learner(LearnerKind kind, TaskKind task) {
        return new SgdLearner(LearnerSettings.defaults(kind).withEpochs(3), task);
    }

    static double value(Featurizer f, Row row, String name) {
        var encoded = f.encode(row);
        for (int i = 0; i < encoded.names().length; i++) {
            if (encoded.names()[i].equals(name)) {
                return encoded.values()[i];
            }
        }
        return 0;
    }

    @Test
    void modelTransferFeatureIsTheSourceModelsLogit() {
        TransferProblem p = problem(TaskKind.CLASSIFICATION);
        List<FittedModel> models = new ArrayList<>();
        Featurizer score = ModelTransfer.builders(p, learner(LearnerKind.LINEAR, TaskKind.CLASSIFICATION), CONTEXT,
                models).get(0);
        for (Row row : p.split().train().subList(0, 20)) {
            double prob = models.get(0).predict(p.targetFeaturizer().encode(row));
            assertEquals(Math.log(prob / (1 - prob)), value(score, row, "src.score"), 1e-9);
        }
    }

    @Test
    void ratingScoreIsCentredOnTheSourceMean() {
        TransferProblem p = problem(TaskKind.REGRESSION);
        List<FittedModel> models = new ArrayList<>();
        var score = (SourceScoreFeaturizer) ModelTransfer.builders(p, learner(LearnerKind.FM, TaskKind.REGRESSION),
                CONTEXT, models).get(0);
        double mean = p.source().rows().stream().mapToDouble(Row::label).average().orElseThrow();
        Row row = p.split().train().get(0);
        assertEquals(models.get(0).predict(p.targetFeaturizer().encode(row)) - mean, value(score, row, "src.score"),
                1e-9);
    }

    @Test
    void userFactorsComeFromTheSourceFmAndUnknownUsersAreFlagged() {
        for (TaskKind kind : List.of(TaskKind.CLASSIFICATION, TaskKind.REGRESSION)) {
            TransferProblem p = problem(kind);
            List<FittedModel> models = new ArrayList<>();
            List<Featurizer> built = FeatureTransfer.builders(p, learner(LearnerKind.LINEAR, kind), CONTEXT, models);
            var factors = built.stream().filter(f -> f instanceof UserFactorFeaturizer)
                    .map(f -> (UserFactorFeaturizer) f).findFirst().orElseThrow();
            String known = p.source().rows().get(0).user();
            assertNotNull(factors.factors(known));
            assertEquals(LearnerSettings.defaults(LearnerKind.FM).factors(), factors.factors(known).length);
            Row stranger = new Row("nobody", "b0001", 1, 5, 1);
            var encoded = factors.encode(stranger);
            assertEquals(List.of("src.missing"), List.of(encoded.names()), kind + ": neutral factors are all 0");
        }
    }

    @Test
    void strategiesRunWithBothLearnersAndKeepTheirBuilders() {
        for (TaskKind task : List.of(TaskKind.CLASSIFICATION, TaskKind.REGRESSION)) {
            TransferProblem p = problem(task);
            for (LearnerKind kind : LearnerKind.values()) {
                for (String id : List.of("feature-transfer", "model-transfer", "hybrid")) {
                    TrainedStrategy t = Strategies.byId(id).train(p, learner(kind, task), CONTEXT);
                    double[] scores = t.predictor().predict(p.split().test());
                    assertTrue(java.util.Arrays.stream(scores).allMatch(Double::isFinite), id + " " + kind + " " + task);
                    var composite = assertInstanceOf(CompositeFeaturizer.class, t.featurizer());
                    assertTrue(composite.parts().size() >= 2, "base features plus transferred builders");
                    assertEquals(id.equals("hybrid") ? 3 : 2, t.models().size(), id);
                }
            }
        }
    }
}
