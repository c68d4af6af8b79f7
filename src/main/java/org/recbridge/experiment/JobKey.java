package org.recbridge.experiment;

import java.io.Serializable;

/**
 * One job of a {@link JobBatch}: a strategy and a learner (indices into the batch's lists) trained on one seed.
 *
 * @param index the job's place in the run, which orders its records in the results as a local run does
 */
public record JobKey(int index, int strategy, int learner, long seed) implements Serializable {
}
