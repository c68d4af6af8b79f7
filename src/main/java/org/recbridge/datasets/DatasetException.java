package org.recbridge.datasets;

import java.io.IOException;

/** A data set could not be listed, downloaded, checked or unpacked; the message says which and why, in one line. */
public class DatasetException extends IOException {
    public DatasetException(String message) {
        super(message);
    }
}
