package org.recbridge.ui.common;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/**
 * Runs each job as a {@link Task} on a small pool of daemon threads (daemon: a job still winding down after a
 * cancel must not keep the application alive). The engine's progress listener feeds the task's progress and
 * message, which a {@code TaskProgressView} shows; cancel sets the engine's token first and then cancels the
 * task without interrupting, since interrupting can close a file channel in the middle of an import.
 */
public final class FxJobService implements JobService {
    private static final int THREADS = 2;
    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();

    public FxJobService() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "recbridge-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The jobs submitted and not yet finished, on the FX thread; a job leaves when it succeeds, fails or is cancelled. */
    public ObservableList<Task<?>> runningTasks() {
        return running;
    }

    @Override
    public <T> Handle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                             Runnable onCancelled) {
        return submit(title, job, ProgressListener.none(), onSuccess, onFailure, onCancelled);
    }

    @Override
    public <T> Handle submit(String title, BackgroundJob<T> job, ProgressListener onProgress, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure, Runnable onCancelled) {
        JobTask<T> task = new JobTask<>(title, job, onProgress);
        // callbacks run in an event of their own: one that opens a modal dialog would otherwise hold up the
        // task's other state handlers (the progress view would show a finished job behind the dialog)
        task.setOnSucceeded(e -> finish(task, () -> onSuccess.accept(task.getValue())));
        task.setOnFailed(e -> finish(task, () -> {
            if (task.getException() instanceof CancelledException) {
                onCancelled.run(); // the engine noticed the token before the task's own state changed
            } else {
                onFailure.accept(task.getException());
            }
        }));
        task.setOnCancelled(e -> finish(task, onCancelled));
        running.add(task);
        executor.execute(task);
        return task.handle();
    }

    private void finish(Task<?> task, Runnable callback) {
        running.remove(task);
        Platform.runLater(callback);
    }

    /** Stops accepting jobs; running ones are cancelled through their tokens. */
    public void shutdown() {
        for (Task<?> t : java.util.List.copyOf(running)) {
            t.cancel(false);
        }
        executor.shutdown();
    }

    private static final class JobTask<T> extends Task<T> {
        private final BackgroundJob<T> job;
        private final ProgressListener onProgress;
        private final CancelToken token = new CancelToken();
        private volatile boolean started;
        private final CountDownLatch finished = new CountDownLatch(1);

        JobTask(String title, BackgroundJob<T> job, ProgressListener onProgress) {
            this.job = job;
            this.onProgress = onProgress;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            started = true;
            try {
                return job.run((fraction, message) -> {
                    updateProgress(fraction, 1.0);
                    updateMessage(message);
                    Platform.runLater(() -> onProgress.progress(fraction, message));
                }, token);
            } finally {
                finished.countDown();
            }
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            token.cancel();
            return super.cancel(false);
        }

        /** The task turns CANCELLED at once; the work has ended only when call() returned or never began. */
        boolean workEnded() {
            return finished.getCount() == 0 || (isCancelled() && !started);
        }

        Handle handle() {
            return new Handle() {
                @Override
                public void cancel() {
                    JobTask.this.cancel(false);
                }

                @Override
                public boolean isDone() {
                    return workEnded();
                }
            };
        }
    }
}
