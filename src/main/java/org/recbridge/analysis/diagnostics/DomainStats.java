package org.recbridge.analysis.diagnostics;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;

/**
 * Counts of one domain that say how much it can teach and how its labels lean: a source whose like rate or
 * rating scale differs much from the target's shifts the labels, which pooling carries over unless corrected.
 *
 * @param density           rows / (users x items)
 * @param ratedRows         rows with a rating
 * @param likeRate          share of rated rows at or above the like threshold, or null without ratings
 * @param ratingHistogram   rating value -> count, in ascending order (empty without ratings)
 * @param meanPerUser       interactions per user, mean
 * @param medianPerUser     interactions per user, median
 */
public record DomainStats(String domain, int rows, int users, int items, double density, int ratedRows,
                          Double likeRate, Map<Double, Integer> ratingHistogram, double meanPerUser,
                          double medianPerUser) {

    public static DomainStats of(Domain domain, double likeThreshold) {
        Interactions in = domain.interactions();
        int users = in.users().size();
        int items = in.items().size();
        int[] perUser = new int[users];
        Map<Double, Integer> histogram = new TreeMap<>();
        int rated = 0;
        int likes = 0;
        for (int r = 0; r < in.size(); r++) {
            perUser[in.user(r)]++;
            double rating = in.rating(r);
            if (!Double.isNaN(rating)) {
                rated++;
                likes += rating >= likeThreshold ? 1 : 0;
                histogram.merge(rating, 1, Integer::sum);
            }
        }
        double density = users == 0 || items == 0 ? 0 : in.size() / ((double) users * items);
        return new DomainStats(domain.name(), in.size(), users, items, density, rated,
                rated == 0 ? null : likes / (double) rated, histogram,
                users == 0 ? 0 : in.size() / (double) users, median(perUser));
    }

    static double median(int[] values) {
        if (values.length == 0) {
            return 0;
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
