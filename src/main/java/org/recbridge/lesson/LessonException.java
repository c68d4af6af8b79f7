package org.recbridge.lesson;

/** A lesson file that cannot be used: the message is one line naming the file and the field or step. */
public final class LessonException extends Exception {
    public LessonException(String message) {
        super(message);
    }

    public LessonException(String message, Throwable cause) {
        super(message, cause);
    }
}
