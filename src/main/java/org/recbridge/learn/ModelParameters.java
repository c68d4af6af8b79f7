package org.recbridge.learn;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.math.FeedForwardParameters;

/**
 * A trained model's SGD parameters with the feature and output maps that give their columns and rows a
 * meaning. Kept beside the Tribuo model because Tribuo hides the parameters (a protected field), and a warm
 * start needs them to copy weights by feature name into a model with a different feature map.
 */
record ModelParameters(FeedForwardParameters parameters, ImmutableFeatureMap features,
                       ImmutableOutputInfo<?> outputs) {
}
