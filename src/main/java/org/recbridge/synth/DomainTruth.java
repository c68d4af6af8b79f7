package org.recbridge.synth;

import java.util.Map;

/**
 * The hidden truth behind one synthetic domain, for tests and known-answer checks. Maps are unmodifiable;
 * the arrays in them are shared, do not change them.
 *
 * <p>The true score of user u on item i is {@code dot(taste_u, vector_i) / scale + userBias_u + itemBias_i}.
 * The generator adds Gaussian noise (sd {@link SyntheticGenerator#RATING_NOISE_SD}) to it and cuts the result
 * into ratings 1..5 so that a noiseless score &gt;= 0 means a like (rating &gt;= 4); label noise then swaps
 * like and dislike with probability {@code labelNoise}.
 *
 * @param userTaste  latent taste of each user of this domain
 * @param userBias   rating bias of each user of this domain
 * @param itemVector latent vector of each item
 * @param itemBias   quality bias of each item
 * @param itemGenre  genre of each item (also its {@code genre} feature)
 * @param scale      root mean square item vector length, so the taste term has variance about 1
 */
public record DomainTruth(Map<String, double[]> userTaste, Map<String, Double> userBias,
                          Map<String, double[]> itemVector, Map<String, Double> itemBias,
                          Map<String, String> itemGenre, double scale) {

    public DomainTruth {
        userTaste = java.util.Collections.unmodifiableMap(userTaste);
        userBias = java.util.Collections.unmodifiableMap(userBias);
        itemVector = java.util.Collections.unmodifiableMap(itemVector);
        itemBias = java.util.Collections.unmodifiableMap(itemBias);
        itemGenre = java.util.Collections.unmodifiableMap(itemGenre);
    }

    /** The noiseless score of a user of this domain on an item of this domain; &gt;= 0 means a like. */
    public double score(String user, String item) {
        double[] taste = userTaste.get(user);
        if (taste == null) {
            throw new IllegalArgumentException("unknown user " + user);
        }
        return score(taste, userBias.get(user), item);
    }

    /**
     * The noiseless score of any taste vector and bias on an item of this domain, for example a user's source
     * taste on a target item (what a perfect transfer model would predict).
     */
    public double score(double[] taste, double bias, String item) {
        double[] v = itemVector.get(item);
        if (v == null) {
            throw new IllegalArgumentException("unknown item " + item);
        }
        double dot = 0;
        for (int k = 0; k < v.length; k++) {
            dot += taste[k] * v[k];
        }
        return dot / scale + bias + itemBias.get(item);
    }
}
