package org.recbridge.experiment;

import java.nio.file.Path;
import org.recbridge.datasets.DatasetException;
import org.recbridge.datasets.DatasetReference;
import org.recbridge.datasets.DatasetStore;

/** A project's data path: relative to the project file, or a public data set's file ({@code dataset:ID/FILE}). */
final class DataPaths {
    private DataPaths() {
    }

    /** @throws IllegalArgumentException starting with {@code field} if a data set reference is wrong */
    static Path resolve(Path base, String value, String field) {
        if (value == null) {
            return null;
        }
        if (!DatasetReference.isReference(value)) {
            return base.resolve(value).normalize();
        }
        try {
            return DatasetReference.parse(value).resolve(DatasetStore.fromEnvironment());
        } catch (IllegalArgumentException | DatasetException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }
}
