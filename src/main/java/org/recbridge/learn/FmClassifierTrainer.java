package org.recbridge.learn;

import java.util.SplittableRandom;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.provenance.ModelProvenance;

/** Tribuo's factorization machine classifier with its hooks exposed. */
final class FmClassifierTrainer extends FMClassificationTrainer implements SgdHooks<Label, Integer, FMParameters> {
    FmClassifierTrainer(StochasticGradientOptimiser optimiser, long seed, int factors, double variance) {
        super(new LogMulticlass(), optimiser, 1, -1, 1, seed, factors, variance);
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
    public FMParameters newParameters(int numFeatures, int numOutputs, SplittableRandom random) {
        return createParameters(numFeatures, numOutputs, random);
    }

    @Override
    public Model<Label> newModel(ModelProvenance provenance, ImmutableFeatureMap featureMap,
                                 ImmutableOutputInfo<Label> outputInfo, FMParameters parameters) {
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
