package org.recbridge.data.io;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.recbridge.data.ColumnRole;

/** Guesses column roles: first from the column name, then from a sample of its values. */
public final class RoleDetector {
    private static final Set<String> USER = Set.of("user", "userid", "uid", "users", "usr", "customer",
            "customerid", "client", "clientid", "reviewer", "reviewerid", "member", "memberid", "visitor",
            "visitorid", "account", "accountid", "buyer", "buyerid", "person", "personid");
    private static final Set<String> ITEM = Set.of("item", "itemid", "iid", "items", "movie", "movieid",
            "film", "filmid", "book", "bookid", "isbn", "product", "productid", "asin", "song", "songid",
            "track", "trackid", "artistid", "business", "businessid", "article", "articleid", "game", "gameid",
            "animeid", "sku", "poi", "poiid", "restaurant", "restaurantid", "recipe", "recipeid");
    private static final Set<String> RATING = Set.of("rating", "ratings", "score", "stars", "star", "rate",
            "bookrating", "overall", "preference");
    private static final Set<String> TIMESTAMP = Set.of("timestamp", "time", "date", "datetime", "ts",
            "unixtime", "unixreviewtime", "reviewtime", "created", "createdat", "time_stamp");
    /** Below this many sampled values, all-distinct strings prove nothing about being ids. */
    private static final int MIN_UNIQUE_SAMPLE = 20;

    private RoleDetector() {
    }

    /** USER, ITEM, RATING or TIMESTAMP when the name says so ("User-ID", "movieId", "stars"), else null. */
    public static ColumnRole fromName(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (USER.contains(key)) {
            return ColumnRole.USER;
        }
        if (ITEM.contains(key)) {
            return ColumnRole.ITEM;
        }
        if (RATING.contains(key)) {
            return ColumnRole.RATING;
        }
        if (TIMESTAMP.contains(key)) {
            return ColumnRole.TIMESTAMP;
        }
        return null;
    }

    /**
     * A feature role from sample values: all numbers gives NUMERIC, mostly '|'-joined lists gives TOKENS,
     * strings that are all different (titles, urls, ids) give IGNORE, anything else CATEGORICAL.
     */
    public static ColumnRole fromValues(List<String> values) {
        int nonEmpty = 0;
        int numbers = 0;
        int lists = 0;
        Set<String> distinct = new HashSet<>();
        for (String raw : values) {
            String v = raw == null ? "" : raw.trim();
            if (v.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (ValueParser.isNumber(v)) {
                numbers++;
            }
            if (v.indexOf('|') > 0) {
                lists++;
            }
            distinct.add(v);
        }
        if (nonEmpty == 0) {
            return ColumnRole.IGNORE;
        }
        if (numbers == nonEmpty) {
            return ColumnRole.NUMERIC;
        }
        if (lists * 2 >= nonEmpty) {
            return ColumnRole.TOKENS;
        }
        if (nonEmpty >= MIN_UNIQUE_SAMPLE && distinct.size() == nonEmpty) {
            return ColumnRole.IGNORE;
        }
        return ColumnRole.CATEGORICAL;
    }
}
