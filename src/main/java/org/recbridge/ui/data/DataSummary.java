package org.recbridge.ui.data;

import java.util.List;
import org.recbridge.data.Overlap;

/**
 * What the data screen shows for a project, computed in one background job.
 *
 * @param splitNote for a project that splits one data set: how many interactions each side got and what was
 *                  left out; null otherwise
 */
public record DataSummary(List<DomainSummary> domains, List<Overlap> overlaps, String splitNote) {
}
