package org.recbridge.ui.common;

import org.recbridge.experiment.ProjectException;

/**
 * A project's problem as the window says it: without the file name the command line gives (the project may
 * have none yet: "untitled.json, field ..."), and with the tab where it is put right.
 */
public final class ProjectProblems {
    private ProjectProblems() {
    }

    /** "No source domain yet: add a source on the Data tab", "protocol.test must be ... (on the Experiment tab)". */
    public static String forWindow(ProjectException e) {
        String field = e.field();
        String problem = e.fieldProblem();
        if (field == null) {
            return problem;
        }
        if (field.equals("sources") && problem.contains("at least one source")) {
            return "No source domain yet: add a source on the Data tab (or split one data set there).";
        }
        if (field.equals("target") && problem.contains("missing")) {
            return "No target domain yet: import the target on the Data tab (or split one data set there).";
        }
        boolean data = field.startsWith("sources") || field.startsWith("target") || field.startsWith("splitDomain");
        return problem + (data ? " (on the Data tab)" : " (on the Experiment tab)");
    }
}
