package org.recbridge.util;

/** Thrown out of a long job when its {@link CancelToken} was cancelled. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
