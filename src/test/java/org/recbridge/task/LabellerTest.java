package org.recbridge.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Interactions;

/** Issue 21 (found only after training): a like threshold that leaves one class is found before any run. */
class LabellerTest {
    private static Interactions rated(double... ratings) {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        for (int i = 0; i < ratings.length; i++) {
            in.add("u" + i, "i" + i, ratings[i], Interactions.NO_TIME);
        }
        in.compact();
        return in;
    }

    @Test
    void aThresholdAboveEveryRatingOrAtTheLowestIsFoundWithTheRange() {
        Interactions books = rated(1, 2.5, Double.NaN, 5);
        assertEquals("7 makes every rating of books a dislike (its ratings go from 1 to 5); set a threshold above the "
                + "lowest rating and at most the highest", Labeller.oneClassOnly("books", books,
                new TaskSettings(TaskKind.CLASSIFICATION, 7, 4)));
        assertEquals("5.5 makes every rating of books a dislike (its ratings go from 1 to 5); set a threshold above "
                + "the lowest rating and at most the highest", Labeller.oneClassOnly("books", books,
                new TaskSettings(TaskKind.CLASSIFICATION, 5.5, 4)));
        assertEquals("1 makes every rating of books a like (its ratings go from 1 to 5); set a threshold above the "
                + "lowest rating and at most the highest", Labeller.oneClassOnly("books", books,
                new TaskSettings(TaskKind.CLASSIFICATION, 1, 4)));
        // both classes (the highest rating is a like at a threshold equal to it), or no like/dislike labels
        assertNull(Labeller.oneClassOnly("books", books, new TaskSettings(TaskKind.CLASSIFICATION, 5, 4)));
        assertNull(Labeller.oneClassOnly("books", books, new TaskSettings(TaskKind.CLASSIFICATION, 1.5, 4)));
        assertNull(Labeller.oneClassOnly("books", books, new TaskSettings(TaskKind.REGRESSION, 7, 4)));
    }
}
