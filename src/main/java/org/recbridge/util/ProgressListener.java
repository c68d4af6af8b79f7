package org.recbridge.util;

import java.util.concurrent.atomic.AtomicLong;

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
        AtomicLong highest = new AtomicLong(Double.doubleToLongBits(0));
        return (fraction, message) -> {
            double shown = Double.longBitsToDouble(highest.accumulateAndGet(Double.doubleToLongBits(fraction),
                    (a, b) -> Double.longBitsToDouble(b) > Double.longBitsToDouble(a) ? b : a));
            progress(shown, message);
        };
    }

    static ProgressListener none() {
        return (fraction, message) -> { };
    }
}
