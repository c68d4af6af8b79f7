package org.recbridge.transfer;

import java.util.SplittableRandom;

/**
 * EMCDR's nonlinear map (Man et al. 2017 offer a linear and a multi-layer perceptron map; the paper's results
 * use the MLP): one hidden layer of tanh units and a linear output, y = b2 + tanh(b1 + x W1) W2, on inputs and
 * outputs standardised per column. Trained by plain mini-batch gradient descent on the squared error (no
 * momentum, no adaptive steps), stopping when the error on held-out users has not improved for {@link #PATIENCE}
 * epochs, and keeping the best epoch's weights: the held-out users, not a penalty, keep it from fitting noise.
 */
public final class MlpMap implements FactorMap {
    /** Share of the mapped users held out to stop training. */
    static final double HELD_OUT = 0.2;
    static final int MAX_EPOCHS = 500;
    static final int PATIENCE = 20;
    static final int BATCH = 16;
    static final double LEARNING_RATE = 0.05;

    private final Standardiser in;
    private final Standardiser out;
    private final double[][] w1;
    private final double[] b1;
    private final double[][] w2;
    private final double[] b2;

    private MlpMap(Standardiser in, Standardiser out, double[][] w1, double[] b1, double[][] w2, double[] b2) {
        this.in = in;
        this.out = out;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    /**
     * @param x      n rows of d inputs (n at least 2: one user at least is held out)
     * @param y      n rows of e outputs
     * @param hidden hidden units, at least 1
     * @param seed   the initial weights, the held-out users and the batches' order
     */
    public static MlpMap fit(double[][] x, double[][] y, int hidden, long seed) {
        if (x.length < 2 || x.length != y.length) {
            throw new IllegalArgumentException("need the same number, at least 2, of input and output rows; got "
                    + x.length + " and " + y.length);
        }
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden units must be at least 1, got " + hidden);
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x3a1bL);
        Standardiser in = Standardiser.of(x);
        Standardiser out = Standardiser.of(y);
        int n = x.length;
        int[] order = shuffled(n, random);
        int heldOut = Math.max(1, (int) Math.round(n * HELD_OUT));
        double[][] xs = new double[n][];
        double[][] ys = new double[n][];
        for (int i = 0; i < n; i++) {
            xs[i] = in.apply(x[order[i]]);
            ys[i] = out.apply(y[order[i]]);
        }
        int d = xs[0].length;
        int e = ys[0].length;
        // Glorot-uniform start: tanh units neither saturated nor all alike
        double[][] w1 = uniform(d, hidden, Math.sqrt(6.0 / (d + hidden)), random);
        double[][] w2 = uniform(hidden, e, Math.sqrt(6.0 / (hidden + e)), random);
        MlpMap net = new MlpMap(in, out, w1, new double[hidden], w2, new double[e]);
        MlpMap best = net.copy();
        double bestError = net.error(xs, ys, 0, heldOut);
        int[] train = new int[n - heldOut];
        for (int i = 0; i < train.length; i++) {
            train[i] = heldOut + i;
        }
        int since = 0;
        for (int epoch = 1; epoch <= MAX_EPOCHS && since < PATIENCE && train.length > 0; epoch++) {
            shuffle(train, random);
            for (int from = 0; from < train.length; from += BATCH) {
                net.step(xs, ys, train, from, Math.min(train.length, from + BATCH));
            }
            double error = net.error(xs, ys, 0, heldOut);
            if (error < bestError - 1e-12) {
                bestError = error;
                best = net.copy();
                since = 0;
            } else {
                since++;
            }
        }
        return best;
    }

    @Override
    public double[] apply(double[] x) {
        if (x.length != in.mean.length) {
            throw new IllegalArgumentException("expected " + in.mean.length + " inputs, got " + x.length);
        }
        double[] h = hidden(in.apply(x));
        return out.restore(output(h));
    }

    private double[] hidden(double[] xs) {
        double[] h = b1.clone();
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < h.length; j++) {
                h[j] += xs[i] * w1[i][j];
            }
        }
        for (int j = 0; j < h.length; j++) {
            h[j] = Math.tanh(h[j]);
        }
        return h;
    }

    private double[] output(double[] h) {
        double[] o = b2.clone();
        for (int j = 0; j < h.length; j++) {
            for (int k = 0; k < o.length; k++) {
                o[k] += h[j] * w2[j][k];
            }
        }
        return o;
    }

    /** One gradient step on the mean squared error of rows {@code rows[from..to)}. */
    private void step(double[][] xs, double[][] ys, int[] rows, int from, int to) {
        int hiddenUnits = b1.length;
        double[][] g1 = new double[w1.length][hiddenUnits];
        double[] gb1 = new double[hiddenUnits];
        double[][] g2 = new double[hiddenUnits][b2.length];
        double[] gb2 = new double[b2.length];
        double scale = 1.0 / (to - from);
        for (int r = from; r < to; r++) {
            double[] x = xs[rows[r]];
            double[] h = hidden(x);
            double[] o = output(h);
            double[] dOut = new double[o.length];
            for (int k = 0; k < o.length; k++) {
                dOut[k] = (o[k] - ys[rows[r]][k]) * scale;
                gb2[k] += dOut[k];
            }
            for (int j = 0; j < hiddenUnits; j++) {
                double back = 0;
                for (int k = 0; k < o.length; k++) {
                    g2[j][k] += h[j] * dOut[k];
                    back += w2[j][k] * dOut[k];
                }
                double dh = back * (1 - h[j] * h[j]);
                gb1[j] += dh;
                for (int i = 0; i < x.length; i++) {
                    g1[i][j] += x[i] * dh;
                }
            }
        }
        descend(w1, g1);
        descend(w2, g2);
        descend(b1, gb1);
        descend(b2, gb2);
    }

    private static void descend(double[][] w, double[][] g) {
        for (int i = 0; i < w.length; i++) {
            descend(w[i], g[i]);
        }
    }

    private static void descend(double[] w, double[] g) {
        for (int i = 0; i < w.length; i++) {
            w[i] -= LEARNING_RATE * g[i];
        }
    }

    /** Mean squared error (standardised units) over rows {@code from..to} of the shuffled data. */
    private double error(double[][] xs, double[][] ys, int from, int to) {
        double sum = 0;
        for (int r = from; r < to; r++) {
            double[] o = output(hidden(xs[r]));
            for (int k = 0; k < o.length; k++) {
                double diff = o[k] - ys[r][k];
                sum += diff * diff;
            }
        }
        return sum / (to - from);
    }

    private MlpMap copy() {
        return new MlpMap(in, out, deep(w1), b1.clone(), deep(w2), b2.clone());
    }

    private static double[][] deep(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static double[][] uniform(int rows, int cols, double limit, SplittableRandom random) {
        double[][] w = new double[rows][cols];
        for (double[] row : w) {
            for (int j = 0; j < cols; j++) {
                row[j] = (2 * random.nextDouble() - 1) * limit;
            }
        }
        return w;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    private static void shuffle(int[] a, SplittableRandom random) {
        for (int k = a.length - 1; k > 0; k--) {
            int j = random.nextInt(k + 1);
            int tmp = a[k];
            a[k] = a[j];
            a[j] = tmp;
        }
    }

    /** Per-column centring and scaling (a constant column is only centred). */
    private record Standardiser(double[] mean, double[] sd) {
        static Standardiser of(double[][] a) {
            int d = a[0].length;
            double[] mean = new double[d];
            double[] sd = new double[d];
            for (double[] row : a) {
                for (int j = 0; j < d; j++) {
                    mean[j] += row[j] / a.length;
                }
            }
            for (double[] row : a) {
                for (int j = 0; j < d; j++) {
                    sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / a.length;
                }
            }
            for (int j = 0; j < d; j++) {
                sd[j] = sd[j] > 1e-24 ? Math.sqrt(sd[j]) : 1;
            }
            return new Standardiser(mean, sd);
        }

        double[] apply(double[] v) {
            double[] s = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                s[j] = (v[j] - mean[j]) / sd[j];
            }
            return s;
        }

        double[] restore(double[] s) {
            double[] v = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                v[j] = mean[j] + s[j] * sd[j];
            }
            return v;
        }
    }
}
