package org.recbridge.util;

/** Receives progress of a long job: a fraction in [0, 1] and a line saying what is being done. */
@FunctionalInterface
public interface ProgressListener {
    void progress(double fraction, String message);

    /** This listener seen as one stage of a longer job: fractions map into [from, to], messages get a prefix. */
    default ProgressListener stage(double from, double to, String prefix) {
        return (fraction, message) -> progress(from + (to - from) * fraction, prefix + message);
    }

    /**
     * This listener never shown a fraction below one it has shown: parallel runs finish and report in any
     * order, and a bar that steps back reads as a restart.
     */
    default ProgressListener monotone() {
        // deciding the fraction and passing it on under one lock: otherwise a thread holding an older, lower
        // fraction can pass it on after another thread passed a higher one
        double[] highest = {0};
        return (fraction, message) -> {
            synchronized (highest) {
                highest[0] = Math.max(highest[0], fraction);
                progress(highest[0], message);
            }
        };
    }

    static ProgressListener none() {
        return (fraction, message) -> { };
    }
}
