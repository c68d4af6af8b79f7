package org.recbridge.learn;

import java.util.Locale;

/**
 * Training went to NaN or infinity (usually a learning rate too large for the data): the run has no model,
 * never a constant one scored as AUC 0.5. An IllegalArgumentException like every "these settings cannot do
 * that" of ours, so runs record it as a failure with this message.
 */
public final class TrainingDiverged extends IllegalArgumentException {
    public TrainingDiverged(int epoch, String what, LearnerSettings settings) {
        super(String.format(Locale.ROOT, "training diverged in epoch %d (%s) with learning rate %s: lower the "
                + "learning rate (the %s default is %s) or raise l2", epoch, what, number(settings.learningRate()),
                settings.kind().id(), number(LearnerSettings.defaults(settings.kind()).learningRate())));
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
