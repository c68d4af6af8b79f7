package org.recbridge.transfer;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A linear map y = mean(Y) + (x - mean(X)) M learnt by ridge regression in closed form,
 * M = (Xc'Xc + lambda I)^-1 Xc'Yc on centred data. EMCDR uses it to carry a user's source factors into
 * the target's factor space; centring gives the map an intercept that the penalty does not shrink.
 */
public final class RidgeMap implements FactorMap {
    private final double[] xMean;
    private final double[] yMean;
    private final double[][] m;

    private RidgeMap(double[] xMean, double[] yMean, double[][] m) {
        this.xMean = xMean;
        this.yMean = yMean;
        this.m = m;
    }

    /**
     * @param x      n rows of d inputs
     * @param y      n rows of e outputs
     * @param lambda ridge penalty, above 0 so the system is always solvable (few shared users, many factors)
     */
    public static RidgeMap fit(double[][] x, double[][] y, double lambda) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need the same, non-zero number of input and output rows; got "
                    + x.length + " and " + y.length);
        }
        if (!(lambda > 0)) {
            throw new IllegalArgumentException("lambda must be above 0, got " + lambda);
        }
        double[] xMean = columnMeans(x);
        double[] yMean = columnMeans(y);
        RealMatrix xc = new Array2DRowRealMatrix(centred(x, xMean), false);
        RealMatrix yc = new Array2DRowRealMatrix(centred(y, yMean), false);
        RealMatrix gram = xc.transpose().multiply(xc);
        for (int i = 0; i < gram.getRowDimension(); i++) {
            gram.addToEntry(i, i, lambda);
        }
        RealMatrix solved = new CholeskyDecomposition(gram).getSolver().solve(xc.transpose().multiply(yc));
        return new RidgeMap(xMean, yMean, solved.getData());
    }

    @Override
    public double[] apply(double[] x) {
        if (x.length != xMean.length) {
            throw new IllegalArgumentException("expected " + xMean.length + " inputs, got " + x.length);
        }
        double[] out = yMean.clone();
        for (int i = 0; i < x.length; i++) {
            double xi = x[i] - xMean[i];
            for (int j = 0; j < out.length; j++) {
                out[j] += xi * m[i][j];
            }
        }
        return out;
    }

    /** The fitted coefficient matrix M (inputs x outputs), a copy. */
    public double[][] coefficients() {
        double[][] copy = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            copy[i] = m[i].clone();
        }
        return copy;
    }

    private static double[] columnMeans(double[][] a) {
        double[] mean = new double[a[0].length];
        for (double[] row : a) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j] / a.length;
            }
        }
        return mean;
    }

    private static double[][] centred(double[][] a, double[] mean) {
        double[][] out = new double[a.length][mean.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                out[i][j] = a[i][j] - mean[j];
            }
        }
        return out;
    }
}
