package org.recbridge.eval;

/**
 * How held-out positives are ranked. Papers differ, and numbers are comparable only under the same protocol
 * (on one split the choice alone moved HR@10 from 0.1295 to 0.1169).
 */
public enum RankingProtocol {
    /**
     * Each test user's held-out positives against {@code negatives} distinct items the user never interacted
     * with, drawn from the whole catalogue and shared by the user's positives; averaged per user (NCF-style).
     */
    SAMPLED_PER_USER("sampled-per-user"),
    /**
     * Each test pair against its own {@code negatives} items drawn uniformly, with replacement, from the items
     * of the target's training rows; averaged per test pair (CDRIB, EMCDR-style cold-start work).
     */
    SAMPLED_PER_PAIR("sampled-per-pair"),
    /**
     * Each test user's positives against every catalogue item the user has no training or validation row
     * for; averaged per user (RecBole's full sort). Adds Recall@K and MAP@K.
     */
    FULL("full");

    private final String id;

    RankingProtocol(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RankingProtocol fromId(String id) {
        for (RankingProtocol p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown ranking protocol \"" + id
                + "\"; expected sampled-per-user, sampled-per-pair or full");
    }
}
