package org.recbridge.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.recbridge.util.Tasks;

/**
 * What was built for the last few (batch, seed) pairs in this JVM: an executor that runs many jobs of one seed
 * makes the seed's split and featurizers once, not once per job. A value is built once even when several jobs
 * ask at the same moment (the others wait for it); one whose building failed is forgotten, so a retry builds it
 * again. Batches are told apart by identity: an executor holds one copy of a broadcast batch.
 */
final class RecentSeeds<V> {
    private record Key(JobBatch batch, long seed) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.batch == batch && k.seed == seed;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(batch) + Long.hashCode(seed);
        }
    }

    private final Map<Key, FutureTask<V>> entries;

    /** Keeps at most {@code capacity} values, dropping the least recently asked for. */
    RecentSeeds(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    V get(JobBatch batch, long seed, Supplier<V> build) {
        Key key = new Key(batch, seed);
        FutureTask<V> task;
        boolean mine = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(build::get);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return Tasks.result(task);
        } catch (RuntimeException | Error e) {
            forget(key, task);
            throw e;
        }
    }

    private synchronized void forget(Key key, FutureTask<V> task) {
        entries.remove(key, task);
    }

    /** How many values are held, for tests. */
    synchronized int size() {
        return entries.size();
    }
}
