package org.recbridge.learn;

/**
 * What one prediction of {@link InPlaceStep#scores} writes: the scores per output and, for a factorization
 * machine, each output's factor sums (which its step reuses). One per thread: the parameters are only read.
 */
final class PredictScratch {
    final double[] scores;
    final double[][] factorSums;
    final double[] factorSquares;

    PredictScratch(int outputs, int factorOutputs, int k) {
        this.scores = new double[outputs];
        this.factorSums = new double[factorOutputs][k];
        this.factorSquares = new double[k];
    }
}
