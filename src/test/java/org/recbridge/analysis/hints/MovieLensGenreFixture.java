package org.recbridge.analysis.hints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A small generated data set in MovieLens 100K's layout (u.data, u.item, u.user; our own numbers, not GroupLens
 * data) to split by genre, Comedy against Drama. Every movie is a comedy or a drama (a few are both, and the split
 * leaves those out), so the two domains share no item; some of both are also romances, so one genre value occurs
 * in both. The same users rate both genres, and how much a user likes films is mostly the user's own leaning:
 * when it is the same in both genres pooled learns a cold user's leaning from their comedies (target-only cannot);
 * when it is reversed in dramas pooling misleads.
 */
final class MovieLensGenreFixture {
    static final int USERS = 300;
    static final int MOVIES = 120;
    /** Flag positions among u.item's 19 genre flags. */
    private static final int COMEDY = 5;
    private static final int DRAMA = 8;
    private static final int ROMANCE = 14;
    private static final String[] OCCUPATIONS = {"student", "engineer", "writer", "educator", "other"};

    private MovieLensGenreFixture() {
    }

    /**
     * Writes u.data, u.item and u.user into {@code dir}.
     *
     * @param sameLeaning whether a user's leaning in dramas is the one in comedies (else its opposite)
     */
    static void write(Path dir, long seed, boolean sameLeaning) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder items = new StringBuilder();
        double[] appeal = new double[MOVIES + 1];
        for (int i = 1; i <= MOVIES; i++) {
            boolean both = i % 40 == 0;
            boolean comedy = i % 2 == 1 || both;
            boolean drama = i % 2 == 0;
            boolean romance = i % 3 == 0;
            StringBuilder flags = new StringBuilder();
            for (int g = 0; g < 19; g++) {
                boolean on = (g == COMEDY && comedy) || (g == DRAMA && drama) || (g == ROMANCE && romance);
                flags.append('|').append(on ? 1 : 0);
            }
            items.append(i).append("|Film ").append(i).append(" (199").append(i % 10).append(")|01-Jan-199")
                    .append(i % 10).append("||http://example.org/").append(i).append(flags).append('\n');
            appeal[i] = random.nextDouble(-0.4, 0.4);
        }
        Files.write(dir.resolve("u.item"), items.toString().getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder users = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (int u = 1; u <= USERS; u++) {
            users.append(u).append('|').append(18 + random.nextInt(50)).append('|')
                    .append(random.nextBoolean() ? 'M' : 'F').append('|').append(OCCUPATIONS[random.nextInt(OCCUPATIONS.length)]).append('|')
                    .append(10000 + random.nextInt(89999)).append('\n');
            double leaning = random.nextDouble(-2.5, 2.5);
            for (int i = 1; i <= MOVIES; i++) {
                if (random.nextDouble() < 0.25) {
                    double lean = i % 2 == 0 && !sameLeaning ? -leaning : leaning;
                    double like = 1 / (1 + Math.exp(-(lean + appeal[i])));
                    int rating = random.nextDouble() < like ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
                    data.append(u).append('\t').append(i).append('\t').append(rating).append('\t')
                            .append(880000000L + 1000L * u + i).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("u.user"), users.toString(), StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("u.data"), data.toString(), StandardCharsets.ISO_8859_1);
    }
}
