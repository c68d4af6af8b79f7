package org.recbridge.task;

import java.util.Map;
import java.util.Set;

/**
 * A benchmark's own split of the target, as its files give it: which (user, item) pairs are validation and test
 * rows (the others are training rows), and which users are cold. Every seed trains and tests on exactly these
 * rows; seeds vary initialisation and sampling only.
 *
 * @param validation per user, the items of the validation file
 * @param test       per user, the items of the test file
 * @param coldUsers  the cold users as a file names them, or null to derive them: test users with no training row
 */
public record GivenSplit(Map<String, Set<String>> validation, Map<String, Set<String>> test, Set<String> coldUsers)
        implements java.io.Serializable {
    /** The part a pair belongs to: test before validation before training, should a pair be in two files. */
    int part(String user, String item) {
        if (test.getOrDefault(user, Set.of()).contains(item)) {
            return 2;
        }
        return validation.getOrDefault(user, Set.of()).contains(item) ? 1 : 0;
    }
}
