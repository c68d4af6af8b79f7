package org.recbridge.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import org.recbridge.data.Domain;

/**
 * Everything {@code generate} makes from its options: the pair's {@link SyntheticSettings}, plus numeric user
 * columns derived from activity (a redundancy exercise) and further source domains of their own relatedness to the
 * target. Equal recipes write equal files, byte for byte.
 *
 * @param settings     the source/target pair
 * @param userColumns  how many of {@link #USER_COLUMNS} (in that order) each domain's user table gets (0 to 12);
 *                     needs the user tables
 * @param extraSources further sources, each with its name and the correlation of its tastes with the target's
 */
public record SyntheticRecipe(SyntheticSettings settings, int userColumns, List<ExtraSource> extraSources) {
    /** A further source domain: its name (also its files' prefix) and its tastes' correlation with the target's. */
    public record ExtraSource(String name, double rho) {
        public ExtraSource {
            if (name == null || !name.matches("[a-z][a-z0-9_]{0,19}")) {
                throw new IllegalArgumentException("extraSources: a source name is 1 to 20 lower-case letters, digits "
                        + "or _, starting with a letter, was " + (name == null ? "nothing" : "\"" + name + "\""));
            }
            if (!(rho >= 0 && rho <= 1)) {
                throw new IllegalArgumentException("extraSources: rho of " + name + " must be between 0 and 1, was "
                        + rho);
            }
        }
    }

    /**
     * Numeric user columns, each intercept + slope x activity + noise: most follow activity (some closely, some
     * loosely, some downwards), a few do not, so correlation heat maps and feature ranking have real work to do.
     */
    public static final List<RelatedColumns.Column> USER_COLUMNS = List.of(
            new RelatedColumns.Column("sessions_per_week", 2.0, 4.0, 0.8),
            new RelatedColumns.Column("days_between_visits", 9.0, -3.0, 1.2),
            new RelatedColumns.Column("account_years", 5.0, 0.0, 2.5),
            new RelatedColumns.Column("minutes_per_visit", 20.0, 10.0, 1.5),
            new RelatedColumns.Column("pages_per_visit", 6.0, 3.0, 0.5),
            new RelatedColumns.Column("logins_per_month", 8.0, 16.0, 2.0),
            new RelatedColumns.Column("reviews_written", 1.0, 2.0, 0.6),
            new RelatedColumns.Column("wishlist_size", 10.0, 8.0, 4.0),
            new RelatedColumns.Column("support_tickets", 1.0, 0.0, 0.8),
            new RelatedColumns.Column("newsletter_opens", 4.0, 5.0, 1.0),
            new RelatedColumns.Column("searches_per_visit", 3.0, 2.5, 0.4),
            new RelatedColumns.Column("friends", 30.0, 0.0, 12.0));
    public static final int MAX_EXTRA_SOURCES = 4;

    public SyntheticRecipe {
        if (userColumns < 0 || userColumns > USER_COLUMNS.size()) {
            throw new IllegalArgumentException("userColumns must be between 0 and " + USER_COLUMNS.size() + ", was "
                    + userColumns);
        }
        if (userColumns > 0 && !settings.userFeatures()) {
            throw new IllegalArgumentException("userColumns: needs the user side tables (not noUserFeatures)");
        }
        extraSources = List.copyOf(extraSources);
        if (extraSources.size() > MAX_EXTRA_SOURCES) {
            throw new IllegalArgumentException("extraSources: at most " + MAX_EXTRA_SOURCES + ", was "
                    + extraSources.size());
        }
        Set<String> names = new HashSet<>(List.of(SyntheticGenerator.SOURCE_NAME, SyntheticGenerator.TARGET_NAME,
                "source", "target"));
        for (ExtraSource e : extraSources) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("extraSources: the name " + e.name() + " is taken (by another "
                        + "source, or by movies, books, source or target)");
            }
        }
    }

    /**
     * The settings' fields that {@code generate}'s options (and a lesson's {@code generate}) name differently;
     * the others have the same name ({@code users}, {@code rho}, {@code sourceItems}, {@code seed}, ...).
     */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            "targetInteractionsPerUser", "targetPerUser",
            "sourceInteractionsPerUser", "sourcePerUser",
            "itemPopularitySkew", "skew",
            "sharedUserFraction", "shared",
            "labelNoise", "noise",
            "latentDim", "dim");

    /**
     * {@code message} (from {@link SyntheticSettings}' checks) with each settings field replaced by
     * {@code asOption} of its option's camel-case name ("sharedUserFraction must be ..." becomes, for a lesson,
     * "shared must be ...", for the command line "--shared must be ...").
     */
    public static String inOptionWords(String message, UnaryOperator<String> asOption) {
        String text = message;
        for (String field : List.of("users", "sharedUserFraction", "sourceItems", "targetItems", "latentDim", "rho",
                "sourceInteractionsPerUser", "targetInteractionsPerUser", "labelNoise", "itemPopularitySkew",
                "userColumns")) {
            text = text.replaceAll("\\b" + field + "\\b", Matcher.quoteReplacement(
                    asOption.apply(OPTION_NAMES.getOrDefault(field, field))));
        }
        return text;
    }

    /** The pair alone, as {@code generate} without the extra options makes it. */
    public static SyntheticRecipe of(SyntheticSettings settings) {
        return new SyntheticRecipe(settings, 0, List.of());
    }

    /** The domains: source, target, then the further sources, with the user columns added. */
    public List<Domain> domains() {
        SyntheticPair pair = SyntheticGenerator.generate(settings);
        List<Domain> domains = new ArrayList<>();
        domains.add(withColumns(pair.source()));
        domains.add(withColumns(pair.target()));
        for (int i = 0; i < extraSources.size(); i++) {
            ExtraSource e = extraSources.get(i);
            domains.add(withColumns(SyntheticGenerator.extraSource(settings, e.name(), e.rho(), i)));
        }
        return domains;
    }

    /** The file prefix of each domain of {@link #domains()}: source, target, then the further sources' names. */
    public List<String> prefixes() {
        List<String> prefixes = new ArrayList<>(List.of("source", "target"));
        extraSources.forEach(e -> prefixes.add(e.name()));
        return prefixes;
    }

    /** Writes every domain's files into {@code dir} (see {@link SyntheticWriter}); returns their paths. */
    public List<Path> write(Path dir) throws IOException {
        List<Domain> domains = domains();
        List<String> prefixes = prefixes();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            written.addAll(SyntheticWriter.writeDomain(domains.get(i), prefixes.get(i), dir));
        }
        return List.copyOf(written);
    }

    /** The names of the files {@link #write} writes, in its order. */
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (String prefix : prefixes()) {
            names.add(prefix + "-ratings.csv");
            if (settings.userFeatures()) {
                names.add(prefix + "-users.csv");
            }
            if (settings.itemFeatures()) {
                names.add(prefix + "-items.csv");
            }
        }
        return names;
    }

    private Domain withColumns(Domain d) {
        if (userColumns == 0) {
            return d;
        }
        return new Domain(d.name(), d.interactions(), RelatedColumns.add(d.userFeatures(), SyntheticGenerator.ACTIVITY,
                USER_COLUMNS.subList(0, userColumns), settings.seed()), d.itemFeatures());
    }
}
