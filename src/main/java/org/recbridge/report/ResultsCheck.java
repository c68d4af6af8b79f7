package org.recbridge.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.util.FileProblemException;

/**
 * Checks results read back from a file before anything uses them: a hand-edited or damaged results.json with
 * {@code "summary": null}, a field left out or a null in a list would otherwise fail later, far from the file,
 * in a table or a chart. One walk over the records the file holds, so a field added to them is checked too.
 */
final class ResultsCheck {
    /**
     * The fields documented as possibly null (not computed, not applicable, or written before they existed),
     * besides numbers held as objects (a metric without a value) and provenance trees. Every other field is
     * required.
     */
    private static final Set<String> OPTIONAL = Set.of(
            "ExperimentResults.diagnostics", "ExperimentResults.linking", "RunInfo.overfitting", "Hint.subject", "Hint.plain",
            "HintSubject.group", "HintSubject.metric", "Sweep.overfittingFrom", "FeatureRanking.note",
            "DomainStats.likeRate");

    private ResultsCheck() {
    }

    /** @throws FileProblemException naming the file and the first field that is missing or of another version */
    static void check(ExperimentResults results, String file) throws FileProblemException {
        if (results.formatVersion() != ExperimentResults.FORMAT_VERSION) {
            throw new FileProblemException(file + ", field formatVersion: " + (results.formatVersion() < 1
                    ? "missing; expected " + ExperimentResults.FORMAT_VERSION
                    : "results format version " + results.formatVersion() + " is not supported; this RecBridge reads "
                    + "version " + ExperimentResults.FORMAT_VERSION + " (a newer RecBridge wrote it?)"));
        }
        walk(results, "", file);
    }

    private static void walk(Object value, String path, String file) throws FileProblemException {
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = read(r, c);
                String at = path.isEmpty() ? c.getName() : path + "." + c.getName();
                if (v == null) {
                    if (!OPTIONAL.contains(r.getClass().getSimpleName() + "." + c.getName())
                            && !Number.class.isAssignableFrom(c.getType()) && !JsonNode.class.isAssignableFrom(c.getType())) {
                        throw missing(file, at, c.getType());
                    }
                } else {
                    walk(v, at, file);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new FileProblemException(file + ", field " + path + "[" + i + "]: null in a list; expected "
                            + "a value");
                }
                walk(list.get(i), path + "[" + i + "]", file);
            }
        } else if (value instanceof Map<?, ?> map) {
            // a metric without a value (an AUC of one-class rows) is written as null: map values may be null
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null) {
                    walk(e.getValue(), path + "." + e.getKey(), file);
                }
            }
        }
    }

    private static Object read(Record r, RecordComponent c) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static FileProblemException missing(String file, String field, Class<?> type) {
        String expected = Collection.class.isAssignableFrom(type) ? "a list [...]"
                : Map.class.isAssignableFrom(type) || Record.class.isAssignableFrom(type)
                || JsonNode.class.isAssignableFrom(type) ? "an object {...}"
                : type == String.class || type.isEnum() ? "a text in quotes" : "a value";
        return new FileProblemException(file + ", field " + field + ": missing or null; expected " + expected);
    }
}
