package org.recbridge.learn;

import org.tribuo.Model;
import org.tribuo.Output;

/** Scores the model after an epoch: the metric on a training sample and on validation. */
interface EpochJudge<T extends Output<T>> {
    /**
     * @param parameters the model's parameters, which the judge may score with directly (see {@link PackedScorer})
     * @return {trainMetric, validationMetric, validationLoss}
     */
    double[] judge(Model<T> model, ModelParameters parameters);

    /** True if a larger metric value is better (AUC), false if smaller is (RMSE). */
    boolean higherIsBetter();
}
