package org.recbridge.ui.common;

import java.util.function.Consumer;

/**
 * Runs core jobs off the JavaFX thread. The callbacks run on the JavaFX thread (inline in the synchronous
 * implementation used by view-model tests). A cancelled job calls {@code onCancelled}, never {@code onFailure}.
 */
public interface JobService {
    /** A submitted job, for cancelling it. */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    <T> Handle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                      Runnable onCancelled);
}
