package org.recbridge.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.recbridge.cli.RecBridgeCommand;

/**
 * The class spark-submit starts: {@code spark-submit --class org.recbridge.spark.SparkMain recbridge-spark.jar
 * PROJECT.json [run's options]}. It is {@code run} with {@code --spark} set to the master spark-submit chose, so
 * a cluster run prints and writes what a local run does.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(RecBridgeCommand.execute(runArguments(args, System.getProperty("spark.master")),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** run's arguments: {@code run} first, and {@code --spark} with spark-submit's master unless given. */
    static String[] runArguments(String[] args, String master) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.isEmpty() || !all.get(0).equals("run")) {
            all.add(0, "run");
        }
        if (!all.contains("--spark") && all.stream().noneMatch(a -> a.startsWith("--spark="))) {
            all.add("--spark");
            all.add(master == null ? "local[*]" : master);
        }
        return all.toArray(String[]::new);
    }
}
