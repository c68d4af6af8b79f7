package org.recbridge.experiment;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.recbridge.data.DataFormatException;
import org.recbridge.datasets.DatasetException;
import org.recbridge.lesson.LessonException;
import org.recbridge.util.CancelledException;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.IoProblems;

/**
 * The one-line wording of an error, never a stack trace. In the core so that the command line and the
 * workbench's error dialogs say the same thing without the window reaching into the command line.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    /** One line saying what went wrong. */
    public static String oneLine(Throwable e) {
        if (org.recbridge.util.OutOfMemory.in(e)) {
            return org.recbridge.util.OutOfMemory.message();
        }
        if (e instanceof ProjectException || e instanceof DataFormatException || e instanceof IllegalArgumentException
                || e instanceof DatasetException || e instanceof LessonException) {
            return e.getMessage();
        }
        if (e instanceof CancelledException) {
            return "cancelled";
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + ": no such file";
        }
        if (e instanceof FileProblemException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            String file = IoProblems.file(io);
            return "cannot read or write " + (file == null ? "a file" : file) + ": " + IoProblems.reason(io);
        }
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
