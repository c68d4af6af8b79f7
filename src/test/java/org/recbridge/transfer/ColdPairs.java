package org.recbridge.transfer;

import java.util.List;
import java.util.SplittableRandom;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Interactions;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;

/**
 * What real cross-domain data does and the synthetic pairs did not: cold-start users meet long-tail items
 * nobody trained on. Every target user is also a source user and rates a few popular books plus one book
 * of their own that no one else rates, so a cold-start user's own book reaches the test rows with neither
 * its user nor its item in the target training rows. Tastes are one bit per user (odd or even items liked),
 * the same in both domains, with some noise; tiny, so every strategy x learner x task trains in seconds.
 */
final class ColdPairs {
    static final int USERS = 40;
    private static final int SOURCE_ITEMS = 20;
    private static final int POPULAR_BOOKS = 12;
    private static final int PER_USER = 8;

    private ColdPairs() {
    }

    static LoadedData data(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Interactions movies = new Interactions(DuplicatePolicy.KEEP_LAST);
        Interactions books = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (int u = 0; u < USERS; u++) {
            String user = "u" + u;
            for (int n = 0; n < PER_USER; n++) {
                int m = random.nextInt(SOURCE_ITEMS);
                movies.add(user, "m" + m, rating(u, m, random), Interactions.NO_TIME);
                int b = random.nextInt(POPULAR_BOOKS);
                books.add(user, "b" + b, rating(u, b, random), Interactions.NO_TIME);
            }
            books.add(user, ownBook(u), rating(u, u, random), Interactions.NO_TIME);
        }
        return new LoadedData(List.of(new Domain("movies", movies, null, null)),
                new Domain("books", books, null, null), List.of());
    }

    /** The book only user {@code u} rates. */
    static String ownBook(int u) {
        return "own" + u;
    }

    static TransferProblem problem(TaskKind task, long seed) {
        return new ProblemBuilder(data(seed), settings(task)).build(ProtocolSettings.defaults(), seed);
    }

    static TaskSettings settings(TaskKind task) {
        return new TaskSettings(task, 4.0, 2);
    }

    /** A row whose user and item appear in no domain: every feature of it is unknown to any model. */
    static Row nobody(int n) {
        return new Row("nobody" + n, "nothing" + n, 1, 5, 1);
    }

    private static double rating(int user, int item, SplittableRandom random) {
        boolean match = user % 2 == item % 2;
        if (random.nextDouble() < 0.15) {
            match = !match;
        }
        return match ? 4 + random.nextInt(2) : 1 + random.nextInt(2);
    }
}
