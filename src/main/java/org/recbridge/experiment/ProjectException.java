package org.recbridge.experiment;

/** A project file that cannot be read or is invalid; the message names the file and the field. */
public final class ProjectException extends Exception {
    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
