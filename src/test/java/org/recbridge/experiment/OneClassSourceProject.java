package org.recbridge.experiment;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project where some runs fail and the others finish: every source rating is a like, so source-only has one
 * class to learn from and fails on every seed, while target-only runs. Two seeds, linear learner, 2 epochs.
 */
public final class OneClassSourceProject {
    private OneClassSourceProject() {
    }

    /** Writes source.csv, target.csv and p.json into {@code dir}; returns p.json. */
    public static Path write(Path dir) throws Exception {
        StringBuilder source = new StringBuilder("user,item,rating\n");
        StringBuilder target = new StringBuilder("user,item,rating\n");
        for (int u = 0; u < 60; u++) {
            for (int i = 0; i < 8; i++) {
                source.append("u").append(u).append(",m").append((u + i) % 30).append(",5\n");
                target.append("u").append(u).append(",b").append((u * 3 + i) % 25).append(",")
                        .append((u + i) % 2 == 0 ? 5 : 1).append("\n");
            }
        }
        Files.writeString(dir.resolve("source.csv"), source);
        Files.writeString(dir.resolve("target.csv"), target);
        Path project = dir.resolve("p.json");
        Files.writeString(project, "{\"sources\":[{\"name\":\"s\",\"interactions\":\"source.csv\"}],"
                + "\"target\":{\"name\":\"t\",\"interactions\":\"target.csv\"},\"seeds\":[1,2],"
                + "\"learners\":[{\"type\":\"linear\",\"epochs\":2}],\"strategies\":[\"target-only\",\"source-only\"]}");
        return project;
    }
}
