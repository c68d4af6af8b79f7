package org.recbridge.task;

import java.nio.file.Path;

/**
 * The files of a given split (protocol {@code given}): the target's interactions file holds its training rows.
 * Kept as absolute path texts: the settings travel to Spark's executors, and a {@link Path} is not serializable.
 *
 * @param validation the validation rows, read as the target's interactions are
 * @param test       the test rows
 * @param coldUsers  a file of cold user ids, one per line, or null: users with no target training rows
 */
public record GivenFiles(String validation, String test, String coldUsers) implements java.io.Serializable {
    public static GivenFiles of(Path validation, Path test, Path coldUsers) {
        return new GivenFiles(validation.toString(), test.toString(), coldUsers == null ? null : coldUsers.toString());
    }

    public Path validationFile() {
        return Path.of(validation);
    }

    public Path testFile() {
        return Path.of(test);
    }

    /** Null when the cold users are derived. */
    public Path coldUsersFile() {
        return coldUsers == null ? null : Path.of(coldUsers);
    }
}
