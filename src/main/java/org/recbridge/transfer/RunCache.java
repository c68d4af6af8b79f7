package org.recbridge.transfer;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.util.Tasks;

/**
 * Models trained once per seed and shared by the strategies that need them: source-only is the source
 * stage of fine-tune and a member of the ensemble, the feature and model transfer strategies share their
 * source models with hybrid. Training is deterministic for a seed, so reuse changes no result, only the
 * time. Safe for parallel runs: a second caller of the same key waits for the first one's result.
 * <p>
 * A runner that knows its jobs {@link #expect}s the keys each job will ask for and says when the job is
 * {@link #finished}: an entry is dropped when the last job expecting it is done, so a model is held only while
 * a job may still use it. Keys nobody declared stay for the cache's lifetime.
 */
public final class RunCache {
    private final ConcurrentHashMap<String, FutureTask<Object>> entries = new ConcurrentHashMap<>();
    /** Per declared key, the jobs not yet finished that may ask for it. */
    private final Map<String, Integer> pending = new HashMap<>();

    /** The value for {@code key}, computed by {@code compute} on first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        FutureTask<Object> mine = new FutureTask<>(compute::get);
        FutureTask<Object> task = entries.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        return (T) Tasks.result(task);
    }

    /** A whole strategy run with a learner, shared by every caller asking for the same pair. */
    public TrainedStrategy strategy(TransferStrategy strategy, TransferProblem problem, SgdLearner learner,
                                    RunContext context) {
        return get(strategyKey(strategy, learner.settings()), () -> strategy.train(problem, learner, context));
    }

    /** The key of {@link #strategy}'s entry for this strategy and learner. */
    public static String strategyKey(TransferStrategy strategy, LearnerSettings learner) {
        return "strategy|" + strategy.label() + "|" + learner.label();
    }

    /** One more job will ask for each of these keys (a key twice in the list counts once). */
    public synchronized void expect(Collection<String> keys) {
        for (String key : new LinkedHashSet<>(keys)) {
            pending.merge(key, 1, Integer::sum);
        }
    }

    /** A job that {@link #expect}ed these keys is done: entries no other pending job expects are dropped. */
    public synchronized void finished(Collection<String> keys) {
        for (String key : new LinkedHashSet<>(keys)) {
            Integer left = pending.get(key);
            if (left == null) {
                continue;
            }
            if (left > 1) {
                pending.put(key, left - 1);
            } else {
                pending.remove(key);
                entries.remove(key);
            }
        }
    }

    /** How many values the cache holds (computed or being computed). */
    public int size() {
        return entries.size();
    }
}
