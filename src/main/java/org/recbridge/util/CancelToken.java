package org.recbridge.util;

/** A flag a long job checks often, so the user can stop it within a second. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    /** Throws {@link CancelledException} if cancel was requested. */
    public void check() {
        if (cancelled) {
            throw new CancelledException();
        }
    }

    /** A token nobody cancels, for callers that do not offer cancel. */
    public static CancelToken none() {
        return new CancelToken();
    }
}
