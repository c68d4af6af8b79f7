package org.recbridge.experiment;

import java.util.function.Supplier;
import org.recbridge.learn.SgdLearner;
import org.recbridge.transfer.RunContext;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TrainedStrategy;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.transfer.TransferStrategy;

/** target-only, except that it throws on seed 2: for tests of how runs that fail are reported. */
public final class FailsOnSeedTwo implements TransferStrategy {
    private final Supplier<Throwable> failure;

    public FailsOnSeedTwo() {
        this(() -> new IllegalStateException("broken on purpose"));
    }

    /** @param failure an unchecked exception or an error, thrown on seed 2 */
    public FailsOnSeedTwo(Supplier<Throwable> failure) {
        this.failure = failure;
    }

    @Override
    public String id() {
        return "fails-on-seed-2";
    }

    @Override
    public String description() {
        return "target-only that fails on seed 2";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        if (context.seed() == 2) {
            Throwable t = failure.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        }
        return Strategies.byId("target-only").train(problem, learner, context);
    }
}
