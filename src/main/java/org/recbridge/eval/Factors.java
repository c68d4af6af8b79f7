package org.recbridge.eval;

/**
 * A model's scores of every (user, item) pair as one matrix product: score(u, i) = users[u] . items[.][i],
 * up to a strictly increasing function (a logit for P(like)), which leaves every ranking as it is. Full ranking
 * scores ten thousand users against fifty thousand items this way in seconds, where scoring the pairs row by row
 * would take hours.
 *
 * @param users per user, its vector (d values)
 * @param items per dimension, every item's value (d arrays of one value per item), so that a user's scores are
 *              d passes over contiguous arrays
 */
public record Factors(double[][] users, double[][] items) {
    /** The scores of user {@code u} for items {@code from} to {@code to} (exclusive), into {@code out}. */
    public void scores(int u, int from, int to, double[] out) {
        int n = to - from;
        java.util.Arrays.fill(out, 0, n, 0.0);
        double[] vector = users[u];
        for (int d = 0; d < vector.length; d++) {
            double a = vector[d];
            double[] column = items[d];
            for (int i = 0; i < n; i++) {
                out[i] += a * column[from + i];
            }
        }
    }

    /** The score of user {@code u} for item {@code i}. */
    public double score(int u, int i) {
        double sum = 0;
        for (int d = 0; d < users[u].length; d++) {
            sum += users[u][d] * items[d][i];
        }
        return sum;
    }
}
