package org.recbridge.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;

/** The in-place log loss gives Tribuo's loss and gradient to the last bit. */
class InPlaceLogLossTest {
    @Test
    void sameLossAndGradientAsTribuo() {
        Random random = new Random(11);
        LogMulticlass tribuo = new LogMulticlass();
        for (int n = 0; n < 5000; n++) {
            int outputs = 2 + random.nextInt(3);
            double[] scores = new double[outputs];
            for (int o = 0; o < outputs; o++) {
                scores[o] = n % 50 == 0 ? random.nextGaussian() * 800 : random.nextGaussian() * 4; // overflowing exps too
            }
            int truth = random.nextInt(outputs);
            Pair<Double, SGDVector> expected = tribuo.lossAndGradient(truth, DenseVector.createDenseVector(scores.clone()));
            double loss = InPlaceLogLoss.lossAndGradient(truth, scores);
            assertEquals(Double.doubleToRawLongBits(expected.getA()), Double.doubleToRawLongBits(loss), "loss " + n);
            for (int o = 0; o < outputs; o++) {
                assertEquals(Double.doubleToRawLongBits(expected.getB().get(o)), Double.doubleToRawLongBits(scores[o]),
                        "gradient " + n + ", output " + o);
            }
        }
    }
}
