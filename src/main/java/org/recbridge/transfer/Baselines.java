package org.recbridge.transfer;

import org.recbridge.features.BaselineFeatures;

/**
 * The baselines of a problem's domains for the strategies built on them (popularity, bias-transfer, feature
 * transfer's source bias): the ones the featurizers carry when the project turns baseline features on, otherwise
 * fitted the same way once per seed, so these strategies do not depend on that switch.
 */
final class Baselines {
    private Baselines() {
    }

    /** The target's own, from this seed's training rows, strengths chosen on its validation rows. */
    static BaselineFeatures target(TransferProblem problem) {
        BaselineFeatures b = problem.targetFeaturizer().baseline();
        return b != null ? b.withoutBorrowedUsers() : problem.cache().get("baseline|target", () -> BaselineFeatures.fit(
                problem.split().train(), problem.split().validation(), problem.task().kind(), null, null));
    }

    /** The source's at {@code index}, from all its rows, with the target's strengths. */
    static BaselineFeatures source(TransferProblem problem, int index) {
        SourceData source = problem.sources().get(index);
        BaselineFeatures b = source.featurizer().baseline();
        return b != null ? b : problem.cache().get("baseline|source|" + index, () -> BaselineFeatures.fit(
                source.rows(), problem.task().kind(), target(problem).shrinkage()));
    }
}
