package org.recbridge.task;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.SplittableRandom;

/**
 * Training rows of the implicit task whose sampled negatives are drawn afresh for every epoch, as the field's
 * implicit-feedback training does (BPR, NCF and the cross-domain papers draw per epoch; a single draw lets a model
 * learn which few unobserved items happen to be negatives). As a list it holds the first epoch's draw, so code that
 * reads the rows once sees ordinary rows; a learner that trains epoch by epoch asks {@link #forEpoch} for the
 * others. Each epoch's draw is fixed by the seed: the same seed gives the same negatives epoch by epoch.
 */
public final class RedrawnNegatives extends AbstractList<Row> implements RandomAccess {
    private final List<Row> positives;
    private final NegativeSampler sampler;
    private final int perPositive;
    private final long seed;
    private final List<Row> first;

    RedrawnNegatives(List<Row> positives, NegativeSampler sampler, int perPositive, long seed) {
        this.positives = List.copyOf(positives);
        this.sampler = sampler;
        this.perPositive = perPositive;
        this.seed = seed;
        this.first = draw(1);
    }

    /** Redrawn rows of {@code positives}, from another package (the source rows of a problem). */
    public static RedrawnNegatives of(List<Row> positives, NegativeSampler sampler, int perPositive, long seed) {
        return new RedrawnNegatives(positives, sampler, perPositive, seed);
    }

    /** The rows of epoch {@code epoch} (from 1): the positives, each followed by its negatives of that epoch. */
    public List<Row> forEpoch(int epoch) {
        return epoch <= 1 ? first : draw(epoch);
    }

    /** {@code rows}' draw for {@code epoch} where they redraw, else {@code rows} themselves. */
    public static List<Row> forEpoch(List<Row> rows, int epoch) {
        return rows instanceof RedrawnNegatives r ? r.forEpoch(epoch) : rows;
    }

    private List<Row> draw(int epoch) {
        // one independent stream per epoch, split off the seed's in turn (seeds a fixed step apart would give
        // SplittableRandom the same sequence shifted by a draw: nearly the same negatives every epoch)
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom random = root.split();
        for (int e = 1; e < epoch; e++) {
            random = root.split();
        }
        return List.copyOf(sampler.withNegatives(positives, perPositive, random));
    }

    @Override
    public Row get(int index) {
        return first.get(index);
    }

    @Override
    public int size() {
        return first.size();
    }
}
