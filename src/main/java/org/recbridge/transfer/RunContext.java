package org.recbridge.transfer;

import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** The seed, cancel token and progress listener of one strategy run. */
public record RunContext(long seed, CancelToken cancel, ProgressListener progress) {
}
