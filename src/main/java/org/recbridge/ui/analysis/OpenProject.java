package org.recbridge.ui.analysis;

import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.project.ProjectDocument;

/** The open document as the engine runs it: validated, its data paths resolved as the command line would. */
final class OpenProject {
    private OpenProject() {
    }

    static Project validate(ProjectDocument document) throws ProjectException {
        return ProjectValidator.validate(document.projectFile(), document.file());
    }
}
