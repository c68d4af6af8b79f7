package org.recbridge.task;

/**
 * One labelled (user, item) pair of a domain, as learners see it.
 *
 * @param user   user id
 * @param item   item id
 * @param label  1 or 0 for classification and implicit feedback, the rating for regression
 * @param rating the original rating, or NaN (sampled negatives, implicit data)
 * @param weight example weight (1 unless a strategy re-weights)
 */
public record Row(String user, String item, double label, double rating, double weight) {
    public Row withWeight(double w) {
        return new Row(user, item, label, rating, w);
    }

    public boolean positive() {
        return label >= 0.5;
    }
}
