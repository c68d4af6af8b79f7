package org.recbridge.ui.experiment;

import java.util.List;

/**
 * One learner of the project and its editable settings.
 *
 * @param index its index in the project's {@code learners}
 * @param type  "linear" or "fm"
 */
public record LearnerEntry(int index, String type, List<ProjectField> settings) {
}
