package org.recbridge.experiment;

/** A project file that cannot be read or is invalid; the message names the file and the field. */
public final class ProjectException extends Exception {
    /** The problem without the file's name, starting with the field's path; null when not about one field. */
    private final String fieldProblem;

    public ProjectException(String message) {
        this(message, (String) null);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
        this.fieldProblem = null;
    }

    private ProjectException(String message, String fieldProblem) {
        super(message);
        this.fieldProblem = fieldProblem;
    }

    /** "project.json, field protocol.test must be ...": a field of {@code fileName} is wrong. */
    public static ProjectException atField(String fileName, String problem) {
        return new ProjectException(fileName + ", field " + problem, problem);
    }

    /**
     * The problem as the workbench says it, where the project may have no file yet: "protocol.test must be
     * ..." for a field, the whole message otherwise.
     */
    public String fieldProblem() {
        return fieldProblem != null ? fieldProblem : getMessage();
    }

    /** The field's path the problem is about ("sources", "protocol.test"), or null when not about one field. */
    public String field() {
        if (fieldProblem == null) {
            return null;
        }
        int end = 0;
        while (end < fieldProblem.length() && (Character.isLetterOrDigit(fieldProblem.charAt(end))
                || "._[]".indexOf(fieldProblem.charAt(end)) >= 0)) {
            end++;
        }
        return fieldProblem.substring(0, end);
    }
}
