package org.recbridge.ui.common;

import java.util.function.Consumer;
import org.recbridge.util.ProgressListener;

/**
 * Runs core jobs off the JavaFX thread. The callbacks run on the JavaFX thread (inline in the synchronous
 * implementation used by view-model tests). A cancelled job calls {@code onCancelled}, never {@code onFailure}.
 */
public interface JobService {
    /** A submitted job, for cancelling it. */
    interface Handle {
        void cancel();

        /** True once the job's work has ended: after a cancel, when the background thread has let go. */
        boolean isDone();
    }

    <T> Handle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                      Runnable onCancelled);

    /**
     * As {@link #submit(String, BackgroundJob, Consumer, Consumer, Runnable)}, and every progress report of the
     * job also reaches {@code onProgress} on the callback thread, in order and none dropped (for a log pane; the
     * job's own progress bar may skip reports that come faster than it repaints).
     */
    <T> Handle submit(String title, BackgroundJob<T> job, ProgressListener onProgress, Consumer<T> onSuccess,
                      Consumer<Throwable> onFailure, Runnable onCancelled);
}
