package org.recbridge.transfer.features;

import org.recbridge.features.BaselineFeatures;
import org.recbridge.features.FeatureSink;
import org.recbridge.features.Featurizer;
import org.recbridge.task.Row;

/**
 * A user's bias in a source domain as target features: b_u of the source's additive baseline, on the rating and
 * the like scale ({@code <p>base.user_bias}, {@code <p>base.user_like_bias}; {@code <p>base.user_count} for implicit
 * data). Unlike the raw mean rating, it is what is left of the user's ratings once the items they chose are
 * accounted for: a lenient user of well-liked items is not mistaken for a lenient user. A user the source does not
 * know gets the flag {@code <p>missing}.
 */
public final class SourceBiasFeaturizer implements Featurizer {
    private final String prefix;
    private final BaselineFeatures source;

    public SourceBiasFeaturizer(String prefix, BaselineFeatures source) {
        this.prefix = prefix;
        this.source = source;
    }

    public String prefix() {
        return prefix;
    }

    /** The source baseline the biases come from (export saves it). */
    public BaselineFeatures source() {
        return source;
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        if (!source.knows(row.user())) {
            sink.flag(prefix + "missing");
            return;
        }
        // a target row is never a source training row, even where item ids coincide: nothing to leave out
        source.addUserFeatures(prefix + BaselineFeatures.PREFIX, row, false, sink);
    }
}
