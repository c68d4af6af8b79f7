package org.recbridge.util;

/** A flag a long job checks often, so the user can stop it within a second. */
public final class CancelToken {
    private final CancelToken parent;
    private volatile boolean cancelled;

    public CancelToken() {
        this(null);
    }

    private CancelToken(CancelToken parent) {
        this.parent = parent;
    }

    /** A token cancelled with this one, or on its own: for side work that must also stop when its caller fails. */
    public CancelToken child() {
        return new CancelToken(this);
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || parent != null && parent.isCancelled();
    }

    /** Throws {@link CancelledException} if cancel was requested. */
    public void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A token nobody cancels, for callers that do not offer cancel. */
    public static CancelToken none() {
        return new CancelToken();
    }
}
