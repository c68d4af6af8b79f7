package org.recbridge.experiment;

import java.util.List;
import org.recbridge.data.Domain;
import org.recbridge.task.GivenSplit;

/**
 * The imported domains of a project, and what importing them said (rows, skipped rows, duplicates).
 *
 * @param summaries one readable line per imported file
 * @param given     the split the target's files give (protocol given; the target then holds all three files'
 *                  rows), else null
 */
public record LoadedData(List<Domain> sources, Domain target, List<String> summaries, GivenSplit given)
        implements java.io.Serializable {
    /** Data whose target split each seed draws. */
    public LoadedData(List<Domain> sources, Domain target, List<String> summaries) {
        this(sources, target, summaries, null);
    }
}
