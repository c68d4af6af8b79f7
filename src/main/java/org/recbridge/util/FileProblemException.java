package org.recbridge.util;

import java.io.IOException;

/** A failed file operation whose message is ready for people: it names the file and says why in one line. */
public final class FileProblemException extends IOException {
    public FileProblemException(String message) {
        super(message);
    }

    public FileProblemException(String message, IOException cause) {
        super(message, cause);
    }
}
