package org.recbridge.cli;

import java.nio.file.Path;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectIO;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The project file a command is given; a data file given instead is a usage error that names {@code inspect}. */
final class ProjectArgument {
    private ProjectArgument() {
    }

    static Project read(CommandSpec spec, Path file) throws ProjectException {
        if (ProjectIO.holdsData(file)) {
            throw new ParameterException(spec.commandLine(), file.getFileName() + " is a data file, not a project "
                    + "file (a JSON object {...}); to look at a data file, use: recbridge inspect " + file);
        }
        return ProjectIO.read(file);
    }
}
