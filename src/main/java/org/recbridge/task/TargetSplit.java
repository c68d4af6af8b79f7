package org.recbridge.task;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target domain split for one seed.
 *
 * @param train       training rows (after the target budget; with sampled negatives for implicit feedback)
 * @param validation  rows for early stopping and model selection
 * @param test        rows for reporting only
 * @param coldUsers   test users with no target training interactions (cold-start protocol)
 * @param items       the target item catalogue (for sampling ranking negatives)
 * @param observed    per user, every target item the user interacted with in any split
 */
public record TargetSplit(List<Row> train, List<Row> validation, List<Row> test, Set<String> coldUsers,
                          List<String> items, Map<String, Set<String>> observed) {
    public boolean isCold(String user) {
        return coldUsers.contains(user);
    }
}
