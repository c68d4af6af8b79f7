package org.recbridge.transfer;

import java.util.List;
import org.recbridge.data.Domain;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskSettings;

/**
 * Everything a strategy may learn from for one seed: the source domain(s) in full and the target's
 * training and validation rows. The target's test rows are in {@code split} for the evaluator only;
 * a strategy must not read them. {@code cache} shares models between the strategies of this seed.
 */
public record TransferProblem(List<SourceData> sources, Domain target, TargetSplit split,
                              DomainFeaturizer targetFeaturizer, TaskSettings task, RunCache cache) {
    /** A problem with a cache of its own. */
    public TransferProblem(List<SourceData> sources, Domain target, TargetSplit split,
                           DomainFeaturizer targetFeaturizer, TaskSettings task) {
        this(sources, target, split, targetFeaturizer, task, new RunCache());
    }

    /**
     * The target's features without anything taken from a source (a cold-start user's borrowed source bias), as
     * target-only sees them.
     */
    public DomainFeaturizer targetOwnFeaturizer() {
        return targetFeaturizer.baseline() == null ? targetFeaturizer
                : targetFeaturizer.withBaseline(targetFeaturizer.baseline().withoutBorrowedUsers());
    }

    public SourceData source() {
        return sources.get(0);
    }
}
