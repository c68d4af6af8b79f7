package org.recbridge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recbridge.bench.Benchmarks.Loaded;
import org.recbridge.bench.Benchmarks.Training;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.learn.LearnerKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The speed and memory benchmark: a class of the jar, not one of its commands, since it is for developers
 * ({@code java -cp target/recbridge.jar org.recbridge.bench.Bench --help}); bench/speed.py runs it beside the
 * references. Not run by the test suite.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory on projects: import, pooled linear and fm training per epoch, cost "
                + "per interaction across the projects (to see it grow linearly), the domain diagnostics, and a run "
                + "on 1 and 2 threads. Prints one table; bench/speed.py adds scikit-learn and pandas beside it.")
public final class Bench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.json", arity = "1..*",
            description = "projects of growing size, scaled copies of one another (e.g. 100k, 300k and 1M "
                    + "interactions, users and items growing with them); the last one is also timed per epoch and "
                    + "diagnosed")
    List<Path> projects;

    @Option(names = "--epochs", defaultValue = "4", description = "epochs per timed training run (default: "
            + "${DEFAULT-VALUE}; per-epoch times need at least 2)")
    int epochs;

    @Option(names = "--repeats", defaultValue = "3", description = "timed fits per project for the cost per "
            + "interaction, after one that measures the heap; the fastest counts, since a shared machine only ever "
            + "adds time (default: ${DEFAULT-VALUE})")
    int repeats;

    @Option(names = "--threads-project", paramLabel = "PROJECT.json",
            description = "also run this project with 1 and with 2 threads")
    Path threadsProject;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON to FILE")
    Path json;

    private final Map<String, Object> figures = new LinkedHashMap<>();

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Bench());
        // one line, as the jar's commands say it: a benchmark of a missing or broken project is not a crash
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ErrorMessages.oneLine(e));
            return 1;
        });
        System.exit(cli.execute(args));
    }
    private final List<String[]> table = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1, got " + repeats);
        }
        if (epochs < 2) {
            throw new IllegalArgumentException("--epochs must be at least 2 to time an epoch, got " + epochs);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // one untimed fit first, so that the first project's figures are not the JIT compiler's
        Benchmarks.pooled(Benchmarks.load(ProjectIO.read(projects.get(0))), LearnerKind.LINEAR, 2);
        Loaded last = null;
        for (Path p : projects) {
            last = null; // let the previous project's data go before loading the next
            last = Benchmarks.load(ProjectIO.read(p));
            String size = String.format(Locale.ROOT, "%,d interactions", last.interactions());
            row("import " + p.getFileName(), "%.2f s CPU", last.cpuSeconds(), size);
            figures.put("import." + last.interactions() + ".cpu", last.cpuSeconds());
            Training linear = Benchmarks.pooled(last, LearnerKind.LINEAR, epochs, true);
            Training fastest = Benchmarks.pooled(last, LearnerKind.LINEAR, epochs);
            for (int r = 1; r < repeats; r++) {
                Training again = Benchmarks.pooled(last, LearnerKind.LINEAR, epochs);
                fastest = again.fitThreadCpu() < fastest.fitThreadCpu() ? again : fastest;
            }
            double perK = fastest.fitThreadCpu() / last.interactions() * 1e3;
            double epochPerK = fastest.cpuPerEpoch() / fastest.rows() * 1e3;
            double heapPer = linear.peakHeap() / (double) last.interactions();
            row("pooled linear, " + epochs + " epochs, training thread CPU per 1k interactions", "%.4f s", perK,
                    size + ", fastest of " + repeats);
            row("pooled linear, one epoch's CPU per 1k training rows", "%.5f s", epochPerK, size);
            row("pooled linear, peak live heap per interaction (data included)", "%.0f bytes", heapPer, size);
            figures.put("scaling." + last.interactions() + ".cpuPer1k", perK);
            figures.put("scaling." + last.interactions() + ".epochPer1k", epochPerK);
            figures.put("scaling." + last.interactions() + ".heapPerInteraction", heapPer);
        }
        epochFigures(last);
        double[] d = Benchmarks.diagnostics(last);
        row("domain diagnostics", "%.2f s wall", d[0], String.format(Locale.ROOT, "%.2f s CPU", d[1]));
        figures.put("diagnostics.wall", d[0]);
        if (threadsProject != null) {
            last = null;
            threadFigures(Benchmarks.load(ProjectIO.read(threadsProject)));
        }
        print(out);
        if (json != null) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            java.nio.file.Files.writeString(json, mapper.writeValueAsString(figures));
            out.println("wrote " + json);
        }
        return 0;
    }

    private void epochFigures(Loaded loaded) {
        String size = String.format(Locale.ROOT, "%,d interactions", loaded.interactions());
        Training linear = Benchmarks.pooled(loaded, LearnerKind.LINEAR, epochs);
        Training fm = Benchmarks.pooled(loaded, LearnerKind.FM, epochs);
        String rows = String.format(Locale.ROOT, "%,d training rows", linear.rows());
        row("pooled linear, per epoch", "%.2f s CPU", linear.cpuPerEpoch(),
                String.format(Locale.ROOT, "%.2f s wall, %s", linear.wallPerEpoch(), rows));
        row("pooled fm, per epoch", "%.2f s CPU", fm.cpuPerEpoch(),
                String.format(Locale.ROOT, "%.2f s wall, %s", fm.wallPerEpoch(), rows));
        row("fm epoch / linear epoch", "%.2f", fm.cpuPerEpoch() / linear.cpuPerEpoch(), "goal <= 3");
        // process CPU: the JIT's and the collector's threads included; heap: see the cost per interaction
        row("pooled linear, whole fit", "%.2f s CPU", linear.fitCpu(), "all threads, " + size);
        row("pooled fm, whole fit", "%.2f s CPU", fm.fitCpu(), "all threads, " + size);
        figures.put("epoch.linear.cpu", linear.cpuPerEpoch());
        figures.put("epoch.linear.wall", linear.wallPerEpoch());
        figures.put("epoch.linear.rows", linear.rows());
        figures.put("epoch.fm.cpu", fm.cpuPerEpoch());
        figures.put("epoch.fm.wall", fm.wallPerEpoch());
    }

    private void threadFigures(Loaded loaded) {
        double[] one = Benchmarks.run(loaded, 1);
        double[] two = Benchmarks.run(loaded, 2);
        String name = threadsProject.getFileName().toString();
        row("run " + name + ", 1 thread", "%.1f s wall", one[0], String.format(Locale.ROOT, "%.1f s CPU", one[1]));
        row("run " + name + ", 2 threads", "%.1f s wall", two[0], String.format(Locale.ROOT, "%.1f s CPU", two[1]));
        row("2 threads / 1 thread, wall", "%.2f", two[0] / one[0], "goal <= 0.6 on 2 idle cores");
        figures.put("threads.1.wall", one[0]);
        figures.put("threads.2.wall", two[0]);
    }

    private void row(String what, String format, double value, String note) {
        table.add(new String[] {what, String.format(Locale.ROOT, format, value), note});
    }

    private void print(PrintWriter out) {
        int w0 = table.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int w1 = table.stream().mapToInt(r -> r[1].length()).max().orElse(0);
        for (String[] r : table) {
            out.printf(Locale.ROOT, "%-" + w0 + "s  %" + w1 + "s  %s%n", r[0], r[1], r[2]);
        }
    }
}
