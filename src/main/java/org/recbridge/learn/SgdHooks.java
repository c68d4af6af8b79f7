package org.recbridge.learn;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.TrainerProvenance;

import java.util.SplittableRandom;

/**
 * The protected pieces of a Tribuo SGD trainer, made callable so that {@link EpochLoop} can own the epoch
 * loop (Tribuo's own {@code train} runs all epochs with no callback). Each Tribuo trainer we use has a
 * small subclass implementing this, so the models produced are ordinary Tribuo models.
 *
 * @param <T> output type
 * @param <U> training-time target representation
 * @param <X> parameter type
 */
public interface SgdHooks<T extends Output<T>, U, X extends FeedForwardParameters> {
    SGDObjective<U> objective();

    U target(ImmutableOutputInfo<T> outputInfo, T output);

    X newParameters(int numFeatures, int numOutputs, SplittableRandom random);

    Model<T> newModel(ModelProvenance provenance, ImmutableFeatureMap featureMap, ImmutableOutputInfo<T> outputInfo,
                      X parameters);

    boolean addsBias();

    String modelClassName();

    /** Every hooked class is a Tribuo trainer, whose provenance is public. */
    default TrainerProvenance trainerProvenance() {
        return ((org.tribuo.Trainer<?>) this).getProvenance();
    }

    /** The objective's per-example value as a loss to minimise (Tribuo's log-loss objective returns log p). */
    double loss(double objectiveValue);
}
