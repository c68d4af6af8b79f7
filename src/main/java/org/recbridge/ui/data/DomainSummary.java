package org.recbridge.ui.data;

import org.recbridge.analysis.diagnostics.DomainStats;

/**
 * One domain as the data screen shows it.
 *
 * @param role    "source" or "target"
 * @param index   its index among the sources (for removing it), -1 for the target
 * @param files   the files it is read from, as the project stores them
 * @param stats   counts and rating histogram, or null when it could not be imported
 * @param problem why it could not be imported, or null
 */
public record DomainSummary(String role, int index, String name, String files, DomainStats stats, String problem) {
    public boolean isSource() {
        return index >= 0;
    }
}
