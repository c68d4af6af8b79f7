package org.recbridge.analysis.curves;

import org.recbridge.eval.Interval;

/**
 * One setting of a sweep, mean and 95% interval over seeds of the main metric (AUC or RMSE).
 *
 * @param value      the swept parameter's value (an L2 strength or a factor size)
 * @param learner    the learner label of this setting, as in records and runs
 * @param train      on the training sample, at each run's kept epoch
 * @param validation on the validation rows, at the kept epoch: what the setting is chosen on
 * @param test       on the test rows, all users: reported, never used to choose
 */
public record SweepPoint(double value, String learner, Interval train, Interval validation, Interval test) {
}
