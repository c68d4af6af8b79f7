package org.recbridge.data.io;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;

/** Paths of the small files under src/test/resources/data. */
final class TestData {
    private TestData() {
    }

    static Path path(String name) {
        try {
            return Path.of(TestData.class.getResource("/data/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test file " + name, e);
        }
    }

    static ImportOptions options() {
        return ImportOptions.defaults();
    }

    static ImportOptions roles(Map<String, ColumnRole> roles) {
        return new ImportOptions("auto", roles, DuplicatePolicy.KEEP_LAST, false);
    }
}
