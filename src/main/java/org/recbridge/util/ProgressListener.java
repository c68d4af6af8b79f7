package org.recbridge.util;

/** Receives progress of a long job: a fraction in [0, 1] and a line saying what is being done. */
@FunctionalInterface
public interface ProgressListener {
    void progress(double fraction, String message);

    static ProgressListener none() {
        return (fraction, message) -> { };
    }
}
