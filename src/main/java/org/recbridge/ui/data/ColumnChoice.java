package org.recbridge.ui.data;

import org.recbridge.data.ColumnRole;

/**
 * One column of the file being imported and the role the importer will give it.
 *
 * @param chosen whether the person set the role (stored in the project) rather than the importer detecting it
 */
public record ColumnChoice(String name, ColumnRole role, boolean chosen) {
}
