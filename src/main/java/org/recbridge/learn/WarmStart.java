package org.recbridge.learn;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.math.FeedForwardParameters;
import org.tribuo.math.la.Tensor;

/**
 * Starts training from a trained source model instead of Tribuo's initial parameters: weights, FM factors
 * and the bias are copied by feature and output name; features the source never saw keep Tribuo's
 * initialisation. The model's feature map also keeps every source feature, so ids seen only in the source
 * (cold-start users) still score through their source weights.
 *
 * @param source            the trained source model (trained by {@link SgdLearner} with the same kind and task)
 * @param pullTowardsSource if true, the learner's L2 pulls weights towards the source weights (towards zero
 *                          for features the source lacks) instead of towards zero
 */
public record WarmStart(FittedModel source, boolean pullTowardsSource) {
    public WarmStart {
        if (source.parameters() == null) {
            throw new IllegalArgumentException("the source model's parameters are unknown (it was not trained "
                    + "in this session), so it cannot start another training run");
        }
    }

    /** Plain fine-tuning: start from the source, regularise towards zero as usual. */
    public static WarmStart from(FittedModel source) {
        return new WarmStart(source, false);
    }

    /** Start from the source and let L2 pull towards it. */
    public static WarmStart pulledTowards(FittedModel source) {
        return new WarmStart(source, true);
    }

    ImmutableFeatureMap featureMap(ImmutableFeatureMap target) {
        return ParameterCopy.union(target, source.parameters().features());
    }

    /**
     * Copies the source into freshly created parameters.
     *
     * @return the centre L2 decays towards, or null for zero
     */
    FeedForwardParameters apply(FeedForwardParameters fresh, ImmutableFeatureMap features,
                                ImmutableOutputInfo<?> outputs) {
        ModelParameters from = source.parameters();
        ParameterCopy.copy(from, fresh, features, outputs);
        if (!pullTowardsSource) {
            return null;
        }
        FeedForwardParameters centre = fresh.copy();
        for (Tensor t : centre.get()) {
            t.scaleInPlace(0); // features the source lacks are pulled towards zero, as plain L2 would
        }
        ParameterCopy.copy(from, centre, features, outputs);
        return centre;
    }
}
