package org.recbridge.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/** Runs each job inline on the calling thread, for view-model tests; records titles and progress lines. */
public final class SynchronousJobService implements JobService {
    public final List<String> titles = new ArrayList<>();
    public final List<String> progressLines = new ArrayList<>();
    /** What happens after a job's work and before its result is delivered, as a user may act while it runs. */
    public Runnable meanwhile = () -> { };

    @Override
    public <T> Handle submit(String title, BackgroundJob<T> job, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure, Runnable onCancelled) {
        return submit(title, job, ProgressListener.none(), onSuccess, onFailure, onCancelled);
    }

    @Override
    public <T> Handle submit(String title, BackgroundJob<T> job, ProgressListener onProgress, Consumer<T> onSuccess,
                             Consumer<Throwable> onFailure, Runnable onCancelled) {
        titles.add(title);
        CancelToken token = new CancelToken();
        T result;
        try {
            result = job.run((fraction, message) -> {
                progressLines.add(message);
                onProgress.progress(fraction, message);
            }, token);
        } catch (CancelledException e) {
            onCancelled.run();
            return done(token);
        } catch (Exception | OutOfMemoryError e) { // as FxJobService's Task hands a job's OutOfMemoryError on
            onFailure.accept(e);
            return done(token);
        }
        meanwhile.run();
        onSuccess.accept(result);
        return done(token);
    }

    private static Handle done(CancelToken token) {
        return new Handle() {
            @Override
            public void cancel() {
                token.cancel();
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
