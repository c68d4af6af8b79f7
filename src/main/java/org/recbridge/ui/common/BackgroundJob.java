package org.recbridge.ui.common;

import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A long piece of core work, free of JavaFX: reports progress and checks the cancel token often. */
@FunctionalInterface
public interface BackgroundJob<T> {
    T run(ProgressListener progress, CancelToken cancel) throws Exception;
}
