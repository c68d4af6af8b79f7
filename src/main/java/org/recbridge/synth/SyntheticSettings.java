package org.recbridge.synth;

/**
 * Knobs of the synthetic cross-domain generator. Start from {@link #defaults()} and change fields with the
 * {@code with...} copies; every constructor call validates the ranges and throws an
 * {@link IllegalArgumentException} naming the field and its allowed range.
 *
 * @param users                     number of distinct users over both domains (1..10,000,000)
 * @param sharedUserFraction        fraction of users present in both domains (0..1); the other users are split
 *                                  evenly between source-only and target-only (an odd one goes to the source)
 * @param sourceItems               number of source items (1..10,000,000)
 * @param targetItems               number of target items (1..10,000,000)
 * @param latentDim                 dimension of taste and item vectors (1..256)
 * @param rho                       correlation between a user's source and target taste (0..1; 0 = unrelated)
 * @param sourceInteractionsPerUser mean interactions per source user (1..sourceItems)
 * @param targetInteractionsPerUser mean interactions per target user (1..targetItems)
 * @param labelNoise                probability that a like (rating &gt;= 4) and a dislike swap (0..0.5)
 * @param itemPopularitySkew        Zipf exponent of the item exposure: item of popularity rank r is seen with
 *                                  weight 1/r^skew (0..3; 0 = uniform)
 * @param userFeatures              whether the domains get a user side table (age_group, activity)
 * @param itemFeatures              whether the domains get an item side table (genre, year)
 * @param seed                      seed of all randomness; the same settings always give the same data
 */
public record SyntheticSettings(
        int users,
        double sharedUserFraction,
        int sourceItems,
        int targetItems,
        int latentDim,
        double rho,
        double sourceInteractionsPerUser,
        double targetInteractionsPerUser,
        double labelNoise,
        double itemPopularitySkew,
        boolean userFeatures,
        boolean itemFeatures,
        long seed) {

    public static final int MAX_USERS = 10_000_000;
    public static final int MAX_ITEMS = 10_000_000;
    public static final int MAX_LATENT_DIM = 256;
    public static final double MAX_LABEL_NOISE = 0.5;
    public static final double MAX_SKEW = 3.0;

    public SyntheticSettings {
        intRange("users", users, 1, MAX_USERS);
        range("sharedUserFraction", sharedUserFraction, 0, 1);
        intRange("sourceItems", sourceItems, 1, MAX_ITEMS);
        intRange("targetItems", targetItems, 1, MAX_ITEMS);
        intRange("latentDim", latentDim, 1, MAX_LATENT_DIM);
        range("rho", rho, 0, 1);
        if (!(sourceInteractionsPerUser >= 1 && sourceInteractionsPerUser <= sourceItems)) {
            throw new IllegalArgumentException("sourceInteractionsPerUser must be between 1 and sourceItems ("
                    + sourceItems + "), was " + sourceInteractionsPerUser);
        }
        if (!(targetInteractionsPerUser >= 1 && targetInteractionsPerUser <= targetItems)) {
            throw new IllegalArgumentException("targetInteractionsPerUser must be between 1 and targetItems ("
                    + targetItems + "), was " + targetInteractionsPerUser);
        }
        range("labelNoise", labelNoise, 0, MAX_LABEL_NOISE);
        range("itemPopularitySkew", itemPopularitySkew, 0, MAX_SKEW);
    }

    /** 2000 users, half shared, 500 movies, 400 books, rho 0.8, 40 source and 6 target interactions per user. */
    public static SyntheticSettings defaults() {
        return new SyntheticSettings(2000, 0.5, 500, 400, 8, 0.8, 40, 6, 0.05, 0.5, true, true, 42L);
    }

    private static void intRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void range(String field, double value, double min, double max) {
        // written so that NaN fails too
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    /** Number of users present in both domains. */
    public int sharedUsers() {
        return (int) Math.round(users * sharedUserFraction);
    }

    /** Number of users present only in the source domain. */
    public int sourceOnlyUsers() {
        int rest = users - sharedUsers();
        return rest - rest / 2;
    }

    /** Number of users present only in the target domain. */
    public int targetOnlyUsers() {
        return (users - sharedUsers()) / 2;
    }

    public SyntheticSettings withUsers(int v) {
        return new SyntheticSettings(v, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withSharedUserFraction(double v) {
        return new SyntheticSettings(users, v, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withSourceItems(int v) {
        return new SyntheticSettings(users, sharedUserFraction, v, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withTargetItems(int v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, v, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withLatentDim(int v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, v, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withRho(double v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, v,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withSourceInteractionsPerUser(double v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                v, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withTargetInteractionsPerUser(double v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, v, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withLabelNoise(double v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, v, itemPopularitySkew,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withItemPopularitySkew(double v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, v,
                userFeatures, itemFeatures, seed);
    }

    public SyntheticSettings withUserFeatures(boolean v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                v, itemFeatures, seed);
    }

    public SyntheticSettings withItemFeatures(boolean v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, v, seed);
    }

    public SyntheticSettings withSeed(long v) {
        return new SyntheticSettings(users, sharedUserFraction, sourceItems, targetItems, latentDim, rho,
                sourceInteractionsPerUser, targetInteractionsPerUser, labelNoise, itemPopularitySkew,
                userFeatures, itemFeatures, v);
    }
}
