package org.recbridge.ui.analysis;

import java.nio.file.Path;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.project.ProjectDocument;

/** The open document as the engine runs it: validated, its data paths resolved as the command line would. */
final class OpenProject {
    private OpenProject() {
    }

    static Project validate(ProjectDocument document) throws ProjectException {
        Path where = document.pathProperty().get();
        return ProjectValidator.validate(where != null ? where : document.baseDirectory().resolve("project.json"),
                document.file());
    }
}
