package org.recbridge.util;

/** Receives progress of a long job: a fraction in [0, 1] and a line saying what is being done. */
@FunctionalInterface
public interface ProgressListener {
    void progress(double fraction, String message);

    /** This listener seen as one stage of a longer job: fractions map into [from, to], messages get a prefix. */
    default ProgressListener stage(double from, double to, String prefix) {
        return (fraction, message) -> progress(from + (to - from) * fraction, prefix + message);
    }

    static ProgressListener none() {
        return (fraction, message) -> { };
    }
}
