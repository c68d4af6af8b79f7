package org.recbridge.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskKind;

/**
 * What a seed's split leaves too thin to stand on, said in the results' notes: too few training rows (a tiny target
 * budget), no validation rows (epochs cannot be chosen), validation rows of one class (chosen on their loss), test
 * rows of one class (no AUC) or too few to tell strategies apart. A tiny target otherwise reports "accuracy 1.0000 ± 0.0000" from one test row. Each kind is
 * said once, with the first seed's counts and how many seeds share it.
 */
final class SplitNotes {
    /** Below this many test rows a metric is mostly the luck of the draw, and training rows teach next to nothing. */
    static final int FEW_ROWS = 30;

    private final TaskKind task;
    private final int seeds;
    /** Per kind of note, the first seed's text and the number of seeds it holds for. */
    private final Map<String, String> first = new LinkedHashMap<>();
    private final Map<String, Integer> count = new LinkedHashMap<>();

    SplitNotes(TaskKind task, int seeds) {
        this.task = task;
        this.seeds = seeds;
    }

    void add(TargetSplit split, long seed) {
        List<Row> train = split.train();
        List<Row> validation = split.validation();
        List<Row> test = split.test();
        if (train.size() < FEW_ROWS) {
            note("few-train", String.format("seed %d: only %,d target training row%s%s: a strategy's target model "
                    + "learns next to nothing from them; check protocol.targetBudget and the target's size", seed,
                    train.size(), train.size() == 1 ? "" : "s", likes(train)));
        }
        if (validation.isEmpty()) {
            note("no-validation", "seed " + seed + ": no validation rows (the target's users have too few rows to "
                    + "hold some out): epochs cannot be chosen, so every run keeps its last epoch");
        } else if (oneClass(validation) != null) {
            note("one-class-validation", "seed " + seed + ": " + allOf(validation, "validation")
                    + ", which AUC cannot rank: epochs are chosen on the validation log-loss");
        }
        if (test.size() < FEW_ROWS) {
            note("few-test", String.format("seed %d: only %,d test row%s%s: metrics on so few rows are mostly the "
                    + "luck of the draw; give the target more rows or a larger protocol.test", seed, test.size(),
                    test.size() == 1 ? "" : "s", likes(test)));
        }
        if (!test.isEmpty() && oneClass(test) != null) {
            note("one-class-test", "seed " + seed + ": " + allOf(test, "test") + ": AUC is undefined (shown as -)");
        }
    }

    List<String> notes() {
        List<String> out = new ArrayList<>();
        first.forEach((kind, text) -> out.add(count.get(kind) == seeds || seeds == 1 ? text
                : text + " (" + count.get(kind) + " of " + seeds + " seeds)"));
        return out;
    }

    private void note(String kind, String text) {
        first.putIfAbsent(kind, text);
        count.merge(kind, 1, Integer::sum);
    }

    /** "likes" or "dislikes" when every row is one, else null; null for ratings, which have no classes. */
    private String oneClass(List<Row> rows) {
        if (task == TaskKind.REGRESSION) {
            return null;
        }
        boolean any = rows.stream().anyMatch(Row::positive);
        boolean all = rows.stream().allMatch(Row::positive);
        return all ? "likes" : any ? null : "dislikes";
    }

    /** "the 12 test rows are all likes", "the one test row is a dislike". */
    private String allOf(List<Row> rows, String split) {
        String kind = oneClass(rows);
        return rows.size() == 1 ? "the one " + split + " row is a " + kind.substring(0, kind.length() - 1)
                : String.format("the %,d %s rows are all %s", rows.size(), split, kind);
    }

    private String likes(List<Row> rows) {
        if (task == TaskKind.REGRESSION) {
            return "";
        }
        long likes = rows.stream().filter(Row::positive).count();
        return String.format(" (%,d like%s)", likes, likes == 1 ? "" : "s");
    }
}
