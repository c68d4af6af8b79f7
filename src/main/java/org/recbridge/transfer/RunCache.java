package org.recbridge.transfer;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.recbridge.learn.SgdLearner;
import org.recbridge.util.CancelledException;

/**
 * Models trained once per seed and shared by the strategies that need them: source-only is the source
 * stage of fine-tune and a member of the ensemble, the feature and model transfer strategies share their
 * source models with hybrid. Training is deterministic for a seed, so reuse changes no result, only the
 * time. Safe for parallel runs: a second caller of the same key waits for the first one's result.
 */
public final class RunCache {
    private final ConcurrentHashMap<String, FutureTask<Object>> entries = new ConcurrentHashMap<>();

    /** The value for {@code key}, computed by {@code compute} on first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        FutureTask<Object> mine = new FutureTask<>(compute::get);
        FutureTask<Object> task = entries.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return (T) task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** A whole strategy run with a learner, shared by every caller asking for the same pair. */
    public TrainedStrategy strategy(TransferStrategy strategy, TransferProblem problem, SgdLearner learner,
                                    RunContext context) {
        return get("strategy|" + strategy.label() + "|" + learner.settings().label(),
                () -> strategy.train(problem, learner, context));
    }
}
