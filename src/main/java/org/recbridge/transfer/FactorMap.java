package org.recbridge.transfer;

/** EMCDR's map from a user's source factors to target factors: {@link RidgeMap} (linear) or {@link MlpMap}. */
public interface FactorMap {
    double[] apply(double[] sourceFactors);
}
