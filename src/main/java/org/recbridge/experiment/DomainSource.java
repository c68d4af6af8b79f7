package org.recbridge.experiment;

import java.nio.file.Path;
import org.recbridge.data.ImportOptions;

/**
 * Where one domain's data lives, with absolute paths (resolved against the project file).
 *
 * @param users null if the domain has no user side table
 * @param items null if the domain has no item side table
 */
public record DomainSource(String name, Path interactions, Path users, Path items, ImportOptions options) {
}
