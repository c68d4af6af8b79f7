package org.recbridge.ui.apply;

/**
 * One scored pair of the applied data.
 *
 * @param rating the pair's rating in the data, NaN when it has none
 */
public record ScoreRow(String user, String item, double score, double rating) {
}
