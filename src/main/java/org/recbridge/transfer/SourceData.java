package org.recbridge.transfer;

import java.util.List;
import org.recbridge.data.Domain;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.task.Row;

/**
 * One source domain ready for training: all its labelled rows (with sampled negatives for implicit
 * feedback) and the featurizer of its side tables.
 */
public record SourceData(Domain domain, List<Row> rows, DomainFeaturizer featurizer) {
}
