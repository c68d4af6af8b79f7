package org.recbridge.learn;

import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import java.util.Map;
import org.tribuo.provenance.DataProvenance;
import org.tribuo.provenance.DatasetProvenance;

/**
 * The provenance of training rows that were never a Tribuo dataset ({@link TrainingRows}): what
 * {@code MutableDataset} records, under that class's name. Public with a map constructor, so the provenance
 * of a saved model reads back.
 */
public final class RowsProvenance extends DatasetProvenance {
    private static final long serialVersionUID = 1L;

    RowsProvenance(DataProvenance source, int examples, int features, int outputs) {
        super(source, new ListProvenance<>(), TrainingRows.class.getName(), false, false, examples, features, outputs);
    }

    public RowsProvenance(Map<String, Provenance> map) {
        super(map);
    }
}
