package org.recbridge.transfer;

import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** The seed, cancel token and progress listener of one strategy run. */
public record RunContext(long seed, CancelToken cancel, ProgressListener progress) {
    /**
     * The context of step {@code index} of {@code count} sub-runs (an ensemble's members): the same seed and
     * cancel token, progress scaled into that step's share and prefixed with its name, so the bar moves once.
     */
    public RunContext part(int index, int count, String name) {
        ProgressListener scaled = (fraction, message) ->
                progress.progress((index + fraction) / count, name + ": " + message);
        return new RunContext(seed, cancel, scaled);
    }
}
