package org.recbridge.features;

import java.util.List;
import org.recbridge.task.Row;

/**
 * Featurizers applied in order. Unlike {@link Featurizer#and}, the parts stay reachable, so export can
 * save each transferred-feature builder a model depends on.
 */
public record CompositeFeaturizer(List<Featurizer> parts) implements Featurizer {
    public CompositeFeaturizer {
        parts = List.copyOf(parts);
    }

    public static CompositeFeaturizer of(Featurizer first, List<? extends Featurizer> more) {
        List<Featurizer> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(more);
        return new CompositeFeaturizer(all);
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        for (Featurizer f : parts) {
            f.addFeatures(row, sink);
        }
    }
}
