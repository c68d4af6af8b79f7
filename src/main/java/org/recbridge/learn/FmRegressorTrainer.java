package org.recbridge.learn;

import java.util.SplittableRandom;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.common.sgd.FMParameters;
import org.tribuo.common.sgd.SGDObjective;
import org.tribuo.math.StochasticGradientOptimiser;
import org.tribuo.math.la.DenseVector;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/** Tribuo's factorization machine regressor (unstandardised targets) with its hooks exposed. */
final class FmRegressorTrainer extends FMRegressionTrainer implements SgdHooks<Regressor, DenseVector, FMParameters> {
    FmRegressorTrainer(StochasticGradientOptimiser optimiser, long seed, int factors, double variance) {
        super(new SquaredLoss(), optimiser, 1, -1, 1, seed, factors, variance, false);
    }

    @Override
    public SGDObjective<DenseVector> objective() {
        return getObjective();
    }

    @Override
    public DenseVector target(ImmutableOutputInfo<Regressor> outputInfo, Regressor output) {
        return getTarget(outputInfo, output);
    }

    @Override
    public FMParameters newParameters(int numFeatures, int numOutputs, SplittableRandom random) {
        return createParameters(numFeatures, numOutputs, random);
    }

    @Override
    public Model<Regressor> newModel(ModelProvenance provenance, ImmutableFeatureMap featureMap,
                                     ImmutableOutputInfo<Regressor> outputInfo, FMParameters parameters) {
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
        return objectiveValue;
    }
}
