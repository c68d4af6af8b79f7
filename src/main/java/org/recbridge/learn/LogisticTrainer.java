package org.recbridge.learn;

import java.util.SplittableRandom;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.LinearParameters;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.provenance.ModelProvenance;

/** Tribuo's logistic regression (linear SGD with log loss) with its hooks exposed. */
final class LogisticTrainer extends LinearSGDTrainer implements SgdHooks<Label, Integer, LinearParameters> {
    LogisticTrainer(StochasticGradientOptimiser optimiser, long seed) {
        super(new LogMulticlass(), optimiser, 1, -1, 1, seed);
    }

    @Override
    public SGDObjective<Integer> objective() {
        return getObjective();
    }

    @Override
    public Integer target(ImmutableOutputInfo<Label> outputInfo, Label output) {
        return getTarget(outputInfo, output);
    }

    @Override
    public LinearParameters newParameters(int numFeatures, int numOutputs, SplittableRandom random) {
        return createParameters(numFeatures, numOutputs, random);
    }

    @Override
    public Model<Label> newModel(ModelProvenance provenance, ImmutableFeatureMap featureMap,
                                 ImmutableOutputInfo<Label> outputInfo, LinearParameters parameters) {
        return createModel(getName(), provenance, featureMap, outputInfo, parameters);
    }

    @Override
    public boolean addsBias() {
        return addBias;
    }

    @Override
    public String modelClassName() {
        return getModelClassName();
    }

    @Override
    public double loss(double objectiveValue) {
        return -objectiveValue;
    }
}
