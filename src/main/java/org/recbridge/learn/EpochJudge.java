package org.recbridge.learn;

import org.tribuo.Model;
import org.tribuo.Output;

/** Scores the model after an epoch: the metric on a training sample and on validation. */
interface EpochJudge<T extends Output<T>> {
    /** @return {trainMetric, validationMetric, validationLoss} */
    double[] judge(Model<T> model);

    /** True if a larger metric value is better (AUC), false if smaller is (RMSE). */
    boolean higherIsBetter();
}
