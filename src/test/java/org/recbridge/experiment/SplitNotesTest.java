package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskKind;

/** Issue 21 (nonsense as a result): a split too thin to stand on is said, once per kind, with its counts. */
class SplitNotesTest {
    private static List<Row> rows(int likes, int dislikes) {
        return IntStream.range(0, likes + dislikes).mapToObj(i -> new Row("u" + i, "i" + i, i < likes ? 1 : 0,
                i < likes ? 5 : 1, 1)).toList();
    }

    private static TargetSplit split(List<Row> validation, List<Row> test) {
        return new TargetSplit(rows(50, 50), validation, test, Set.of(), List.of("i0"), Map.of());
    }

    @Test
    void thinSplitsAreNotedOnceWithTheSeedsTheyHoldFor() {
        SplitNotes notes = new SplitNotes(TaskKind.CLASSIFICATION, 3);
        notes.add(split(List.of(), rows(1, 0)), 1);
        notes.add(split(rows(4, 0), rows(10, 10)), 2);
        notes.add(split(rows(4, 0), rows(100, 100)), 3);
        assertEquals(List.of(
                "seed 1: no validation rows (the target's users have too few rows to hold some out): epochs cannot be "
                        + "chosen, so every run keeps its last epoch (1 of 3 seeds)",
                "seed 1: only 1 test row (1 like): metrics on so few rows are mostly the luck of the draw; give the "
                        + "target more rows or a larger protocol.test (2 of 3 seeds)",
                "seed 1: the one test row is a like: AUC is undefined (shown as -) (1 of 3 seeds)",
                "seed 2: the 4 validation rows are all likes, which AUC cannot rank: epochs are chosen on the "
                        + "validation log-loss (2 of 3 seeds)"), notes.notes());
    }

    @Test
    void aTinyTargetBudgetIsNoted() {
        SplitNotes notes = new SplitNotes(TaskKind.CLASSIFICATION, 1);
        notes.add(new TargetSplit(rows(2, 3), rows(20, 20), rows(30, 30), Set.of(), List.of("i0"), Map.of()), 7);
        assertEquals(List.of("seed 7: only 5 target training rows (2 likes): a strategy's target model learns next to "
                + "nothing from them; check protocol.targetBudget and the target's size"), notes.notes());
    }

    @Test
    void aSoundSplitOrRatingsWithoutClassesSayNothingOfClasses() {
        SplitNotes sound = new SplitNotes(TaskKind.CLASSIFICATION, 1);
        sound.add(split(rows(20, 20), rows(30, 30)), 1);
        assertEquals(List.of(), sound.notes());
        SplitNotes ratings = new SplitNotes(TaskKind.REGRESSION, 1);
        ratings.add(split(rows(20, 0), rows(20, 0)), 4);
        assertEquals(List.of("seed 4: only 20 test rows: metrics on so few rows are mostly the luck of the draw; give "
                + "the target more rows or a larger protocol.test"), ratings.notes());
    }
}
