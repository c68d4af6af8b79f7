package org.recbridge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.SparkSupport;
import org.recbridge.report.ResultsFiles;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/**
 * A project's run on Spark from a JVM that has no Spark (the desktop jar): {@code run --spark} in a JVM started
 * with {@code $SPARK_HOME}'s jars (see {@link SparkSupport#relaunch}), its progress lines passed on, its results
 * read back. A cancel stops that JVM, whose shutdown cancels the Spark job group.
 */
public final class SparkProcess {
    private static final Pattern PROGRESS = Pattern.compile("\\[\\s*(\\d+)%] (.*)");
    private static final long STOP_SECONDS = 10;

    private SparkProcess() {
    }

    /**
     * Runs {@code projectFile} on {@code master} and returns its results.
     *
     * @throws IllegalArgumentException with one line when Spark cannot be started from here, or the run failed
     */
    public static ExperimentResults run(Path projectFile, String master, ProgressListener progress, CancelToken cancel)
            throws IOException {
        return run(projectFile, master, SparkSupport::relaunch, progress, cancel);
    }

    /** As {@link #run(Path, String, ProgressListener, CancelToken)}, the JVM's command made by {@code relaunch}. */
    static ExperimentResults run(Path projectFile, String master, Function<List<String>, List<String>> relaunch,
                                 ProgressListener progress, CancelToken cancel) throws IOException {
        Path out = Files.createTempDirectory("recbridge-spark-");
        try {
            List<String> command = relaunch.apply(List.of("run", projectFile.toString(), "--spark", master,
                    "--out", out.toString()));
            if (command == null) {
                throw new IllegalArgumentException(SparkSupport.unavailable());
            }
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String[] lastError = {null};
            Thread reader = new Thread(() -> follow(process, progress, lastError), "recbridge-spark-log");
            reader.setDaemon(true);
            reader.start();
            while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    process.destroy(); // SIGTERM: its shutdown hook cancels the job group and stops Spark
                    if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                    throw new CancelledException();
                }
            }
            reader.join(1000);
            int code = process.exitValue();
            Path results = out.resolve(ResultsFiles.JSON_FILE);
            if ((code == 0 || code == 3) && Files.isRegularFile(results)) {
                return ResultsFiles.readJson(results); // 3: some runs failed, listed in the results
            }
            throw new IllegalArgumentException(lastError[0] != null ? lastError[0]
                    : "the Spark run stopped with exit code " + code);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } finally {
            removeAll(out);
        }
    }

    /** Passes the run's progress lines on; remembers its last error line. */
    private static void follow(Process process, ProgressListener progress, String[] lastError) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            double fraction = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.matches()) {
                    fraction = Integer.parseInt(m.group(1)) / 100.0;
                    progress.progress(fraction, m.group(2));
                } else if (line.startsWith("error: ")) {
                    lastError[0] = line.substring("error: ".length());
                    progress.progress(fraction, line);
                } else if (!line.startsWith("SLF4J:") && !line.isBlank()) {
                    progress.progress(fraction, line);
                }
            }
        } catch (IOException e) {
            // the process ended; its exit code says how
        }
    }

    private static void removeAll(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }
}
