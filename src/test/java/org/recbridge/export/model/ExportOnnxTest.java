package org.recbridge.export.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ExperimentRunner.Outcome;
import org.recbridge.features.EncodedRow;
import org.recbridge.task.Row;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.WeightedModels;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/** The ONNX file beside an exported model scores like the Tribuo model, checked with ONNX Runtime (test scope only). */
class ExportOnnxTest {
    @Test
    void onnxScoresMatchTribuosForTheLinearAndFmLearners(@TempDir Path dir) throws Exception {
        ExportFixtures f = ExportFixtures.run(TaskSettings.defaults(), "target-only");
        List<Row> test = f.testRows(1).subList(0, 200);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        for (Outcome o : f.outcomes()) {
            Path exported = ModelExporter.export(o, f.context(), dir);
            ExportedModel reloaded = ExportedModel.load(exported);
            String onnx = reloaded.manifest().models().get(0).onnx();
            assertNotNull(onnx, o.info().learner());
            WeightedModels scorer = (WeightedModels) reloaded.predictor();
            Model<?> model = scorer.models().get(0).tribuoModel();
            @SuppressWarnings("unchecked")
            int like = ((org.tribuo.ImmutableOutputInfo<Label>) model.getOutputIDInfo()).getID(new Label("1"));
            float[][] x = dense(scorer.featurizer().encodeAll(test), model.getFeatureIDMap());
            double[] expected = reloaded.predict(test);
            try (OrtSession session = env.createSession(exported.resolve(onnx).toString());
                 OnnxTensor input = OnnxTensor.createTensor(env, x);
                 OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), input))) {
                float[][] probabilities = (float[][]) result.get(0).getValue();
                for (int i = 0; i < test.size(); i++) {
                    assertEquals(expected[i], probabilities[i][like], 1e-4, o.info().learner() + " row " + i);
                }
            }
        }
    }

    /** Tribuo's ONNX graphs take the dense feature vector in the model's feature-id order. */
    private static float[][] dense(List<EncodedRow> rows, ImmutableFeatureMap features) {
        float[][] x = new float[rows.size()][features.size()];
        for (int r = 0; r < rows.size(); r++) {
            EncodedRow row = rows.get(r);
            for (int k = 0; k < row.names().length; k++) {
                int id = features.getID(row.names()[k]);
                if (id >= 0) {
                    x[r][id] = (float) row.values()[k];
                }
            }
        }
        return x;
    }
}
