package org.recbridge.features;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.task.Row;

/** Turns a labelled (user, item) row into named features. Strategies compose featurizers. */
@FunctionalInterface
public interface Featurizer {
    void addFeatures(Row row, FeatureSink sink);

    default EncodedRow encode(Row row) {
        FeatureSink sink = new FeatureSink();
        addFeatures(row, sink);
        return sink.toRow(row.label(), row.weight());
    }

    default List<EncodedRow> encodeAll(List<Row> rows) {
        List<EncodedRow> out = new ArrayList<>(rows.size());
        FeatureSink sink = new FeatureSink(); // one for all the rows: toRow copies what it holds
        for (Row r : rows) {
            sink.clear();
            addFeatures(r, sink);
            out.add(sink.toRow(r.label(), r.weight()));
        }
        return out;
    }

    /** This featurizer's features followed by {@code more}'s. */
    default Featurizer and(Featurizer more) {
        return (row, sink) -> {
            addFeatures(row, sink);
            more.addFeatures(row, sink);
        };
    }
}
