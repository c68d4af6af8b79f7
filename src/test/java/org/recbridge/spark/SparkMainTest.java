package org.recbridge.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.cli.RecBridgeCommand;

/** spark-submit's entry and the command line's --spark, in this JVM (which has Spark). */
class SparkMainTest {
    @TempDir
    Path dir;

    @Test
    void sparkSubmitsArgumentsBecomeRunWithItsMaster() {
        assertArrayEquals(new String[] {"run", "p.json", "--out", "r", "--spark", "yarn"},
                SparkMain.runArguments(new String[] {"p.json", "--out", "r"}, "yarn"));
        assertArrayEquals(new String[] {"run", "p.json", "--spark", "local[3]"},
                SparkMain.runArguments(new String[] {"run", "p.json", "--spark", "local[3]"}, "yarn"));
        assertArrayEquals(new String[] {"run", "p.json", "--spark", "local[*]"},
                SparkMain.runArguments(new String[] {"p.json"}, null));
    }

    @Test
    void runWithSparkWritesTheResultsALocalRunWrites() throws Exception {
        System.setProperty("spark.ui.enabled", "false");
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = RecBridgeCommand.execute(new String[] {"run", "sample-projects/movies-to-books", "--seeds", "1",
                "--strategies", "target-only,pooled", "--out", dir.toString(), "--spark", "local[2]"},
                    new PrintWriter(out), new PrintWriter(err));
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("jobs ran on Spark local[2,4]") || out.toString()
                    .contains("jobs ran on Spark local[2]"), out.toString());
            assertTrue(err.toString().contains("done on Spark local[2]"), err.toString());
            assertTrue(Files.isRegularFile(dir.resolve("results.json")));
            assertTrue(Files.isRegularFile(dir.resolve("results.csv")));
        } finally {
            System.clearProperty("spark.ui.enabled");
        }
    }

    @Test
    void exportedModelsAreTrainedAgainOnTheDriverAndTheRunSaysSo() throws Exception {
        System.setProperty("spark.ui.enabled", "false");
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Path models = dir.resolve("models");
            int code = RecBridgeCommand.execute(new String[] {"run", "sample-projects/movies-to-books", "--seeds", "1",
                "--strategies", "target-only", "--out", dir.resolve("results").toString(),
                "--spark", "local[2]", "--export-models", models.toString()},
                    new PrintWriter(out), new PrintWriter(err));
            assertEquals(0, code, err.toString());
            // target-only with the sample's two learners
            assertTrue(err.toString().contains("--export-models: trained the 2 runs to export again on the driver, "
                    + "with the same seeds and splits (no trained model comes back from Spark's executors"), err.toString());
            try (var folders = Files.list(models)) {
                assertEquals(2, folders.filter(Files::isDirectory).count());
            }
        } finally {
            System.clearProperty("spark.ui.enabled");
        }
    }
}
