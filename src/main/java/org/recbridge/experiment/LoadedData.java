package org.recbridge.experiment;

import java.util.List;
import org.recbridge.data.Domain;

/**
 * The imported domains of a project, and what importing them said (rows, skipped rows, duplicates).
 *
 * @param summaries one readable line per imported file
 */
public record LoadedData(List<Domain> sources, Domain target, List<String> summaries) implements java.io.Serializable {
}
