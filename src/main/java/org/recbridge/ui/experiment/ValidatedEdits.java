package org.recbridge.ui.experiment;

import java.util.function.Consumer;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.common.ProjectPaths;
import org.recbridge.ui.project.ProjectDocument;

/**
 * Applies an edit to the open project only if the validator accepts it: the edit is tried on a copy first,
 * and a refusal comes back as the validator's own message, so the screen can show it at the field and keep
 * the old value.
 */
final class ValidatedEdits {
    private final ProjectDocument document;

    ValidatedEdits(ProjectDocument document) {
        this.document = document;
    }

    ProjectFile project() {
        return document.file();
    }

    /**
     * Applies {@code change} and returns null, or returns why it was refused and leaves the project as it was.
     * {@code change} may throw IllegalArgumentException for text that is no value at all ("abc" for a number).
     */
    String apply(String field, Consumer<ProjectFile> change) {
        ProjectFile tried = ProjectIO.copy(document.file());
        try {
            change.accept(tried);
        } catch (IllegalArgumentException e) {
            return field + ": " + e.getMessage();
        }
        String problem = problem(tried);
        // a problem the project had before this edit (an opened file, say) is not this field's fault
        if (problem != null && !problem.equals(problem(ProjectIO.copy(document.file())))) {
            return problem;
        }
        document.edit(change);
        return null;
    }

    /** The validator's message for {@code f}, or null when it is valid. */
    private String problem(ProjectFile f) {
        withStandInData(f);
        try {
            ProjectValidator.validate(ProjectPaths.validationFile(document), f);
            return null;
        } catch (ProjectException e) {
            return e.fieldProblem(); // shown under the field: no file name (the project may have none yet)
        }
    }

    /**
     * The validator checks the data first; a project still without data gets stand-in domains (on the copy
     * only) so the check reaches the experiment fields. The validator resolves paths but reads no files.
     */
    private static void withStandInData(ProjectFile f) {
        if (f.splitDomain != null) {
            return;
        }
        if (f.sources.isEmpty()) {
            f.sources.add(standIn("source"));
        }
        if (f.target == null) {
            f.target = standIn("target");
        }
    }

    private static ProjectFile.DomainSpec standIn(String name) {
        ProjectFile.DomainSpec d = new ProjectFile.DomainSpec();
        d.name = name;
        d.interactions = name + ".csv";
        return d;
    }
}
