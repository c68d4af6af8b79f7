package org.recbridge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recbridge.analysis.FullRun;
import org.recbridge.analysis.curves.AnalysisSettings;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.ErrorMessages;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.RemoteJobs;
import org.recbridge.experiment.RunPlan;
import org.recbridge.experiment.SparkSupport;
import org.recbridge.export.SplitExporter;
import org.recbridge.export.model.BestRuns;
import org.recbridge.export.model.ExportContext;
import org.recbridge.export.model.ModelExporter;
import org.recbridge.report.AnalysisTables;
import org.recbridge.report.HintsText;
import org.recbridge.report.ResultsFiles;
import org.recbridge.report.ResultsTable;
import org.recbridge.report.html.HtmlReport;
import org.recbridge.transfer.SettingException;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.CancelToken;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.OutputCheck;
import org.recbridge.util.OutputKind;
import org.recbridge.util.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a project: every strategy x learner x seed, then the learning curves and sweeps its "
                + "analysis section asks for. Prints the results tables and writes results.json and results.csv.")
final class RunCommand implements Callable<Integer> {
    /** Exit code when the run finished and wrote its results but some strategy x learner x seed runs failed. */
    static final int SOME_RUNS_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROJECT.json", description = "the project file")
    Path projectFile;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write results (default: results/ beside the project file)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "parallel runs (default: the number of cores)")
    Integer threads;

    @Option(names = "--seeds", split = ",", paramLabel = "S", description = "override the project's seeds: whole "
            + "numbers, each once, e.g. 1,2,3")
    List<Long> seeds;

    // a comma inside parentheses separates a label's settings, not strategies
    @Option(names = "--strategies", split = ",(?![^(]*\\))", paramLabel = "ID", description = "override the project's "
            + "strategies: ids (default settings), or ids with settings as results label them, e.g. "
            + "\"pooled,fine-tune(targetEpochs=5, targetLearningRate=0.05)\"")
    List<String> strategies;

    @Option(names = "--export-splits", paramLabel = "DIR", description = "also write each seed's train, validation "
            + "and test rows (CSV, RecBole atomic files, svmlight features) to DIR, to reproduce results in another tool")
    Path exportSplits;

    @Option(names = "--export-models", paramLabel = "DIR", description = "also export the final model of every run "
            + "(or of the best per strategy, see --export-best) to DIR/STRATEGY_LEARNER_seedS/, for predict")
    Path exportModels;

    @Option(names = "--export-best", paramLabel = "METRIC", description = "with --export-models: export one run per "
            + "strategy, chosen on validation (never test): the learner with the best mean over seeds of METRIC at the "
            + "kept epoch, then its best seed; METRIC is auc (rmse for ratings) or loss")
    String exportBest;

    @Option(names = "--report", paramLabel = "FILE", description = "also write a self-contained HTML report (settings, "
            + "data, results, comparisons, charts, training, hints) to FILE; it opens offline")
    Path report;

    @Option(names = "--spark", paramLabel = "MASTER", description = "run the jobs on Apache Spark: local[N], "
            + "spark://HOST:7077, yarn or k8s://...; needs Spark 3.5 (README, Spark)")
    String spark;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines")
    boolean quiet;

    // a flag and a separate list: an optional value would swallow the project path in "--learning-curve p.json"
    @Option(names = "--learning-curve", description = "also run every strategy at several target budgets (those of "
            + "--budgets, else 0.01,0.05,0.1,0.25,0.5,1); replaces the project's analysis.budgets")
    boolean learningCurve;

    @Option(names = "--budgets", paramLabel = "LIST", description = "the target budgets of the learning curve, "
            + "fractions of the target training rows, e.g. 0.05,0.25,1 (implies --learning-curve)")
    String budgets;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        checkOptions();
        if (spark != null && SparkSupport.unavailable() != null) {
            return runInSparkJvm();
        }
        Project project = ProjectArgument.read(spec, projectFile);
        if (seeds != null) {
            project = option("--seeds", project::withSeeds, seeds);
        }
        if (strategies != null) {
            Project p = project;
            List<TransferStrategy> chosen = strategies.stream().map(s -> chosen(p, s)).toList();
            int[] twice = Project.repeatedAt(chosen.stream().map(TransferStrategy::label).toList());
            if (twice != null) {
                throw usage(String.format("--strategies: %s is given twice (names %d and %d of \"%s\"); one run "
                        + "counted twice would inflate the seeds of its comparisons", chosen.get(twice[1]).label(),
                        twice[0] + 1, twice[1] + 1, String.join(",", strategies)));
            }
            project = project.withStrategies(chosen);
        }
        if (learningCurve || budgets != null) {
            project = project.withAnalysis(withBudgets(project, budgets == null ? AnalysisSettings.DEFAULT_BUDGETS
                    : parseBudgets(budgets)));
        }
        if (exportBest != null) {
            try {
                BestRuns.check(exportBest, project.task().kind());
            } catch (IllegalArgumentException e) {
                throw usage("--export-best: " + e.getMessage());
            }
        }
        Path dir = out != null ? out : project.file().getParent().resolve("results");
        checkOutputs(project, dir);
        var err = spec.commandLine().getErr();
        ProgressListener progress = quiet ? ProgressListener.none() : (fraction, message) -> {
            synchronized (err) {
                err.printf("[%3.0f%%] %s%n", fraction * 100, message);
                err.flush();
            }
        };
        // said before an hour of training, not only in the notes after it; lines of the one progress bar
        RunPlan plan = RunPlan.of(project);
        progress.progress(0, "run: " + plan.headline());
        plan.skipped().forEach(line -> progress.progress(0, line));
        CancelToken cancel = new CancelToken();
        LoadedData data = DataLoader.load(project, FullRun.importing(progress), cancel);
        if (exportSplits != null) {
            int files = SplitExporter.write(project, data, exportSplits, cancel).size();
            spec.commandLine().getOut().println("wrote " + files + " split files to " + exportSplits);
        }
        int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<ExperimentRunner.Outcome> outcomes = new java.util.ArrayList<>();
        ExperimentResults results;
        if (spark == null) {
            results = FullRun.run(project, data, new ExperimentRunner(cores), FullRun.afterImport(progress), cancel,
                    exportModels == null ? o -> { } : outcomes::add);
        } else {
            try (RemoteJobs remote = SparkSupport.start(spark)) {
                err.println(remote.where() + (remote.address() == null ? "" : ": its UI is at " + remote.address()));
                Thread stop = new Thread(cancel::cancel, "recbridge-interrupted");
                Runtime.getRuntime().addShutdownHook(stop); // Ctrl-C cancels the job group, then Spark stops
                results = FullRun.run(project, data, new ExperimentRunner(cores, remote), FullRun.afterImport(progress),
                        cancel);
                Runtime.getRuntime().removeShutdownHook(stop);
            }
            if (exportModels != null) {
                // no model crosses back from an executor: the runs to export are trained again here, from the seed
                List<ExperimentRunner.Outcome> again = trainedAgain(project, data, results, cancel);
                err.printf("--export-models: trained the %d run%s to export again on the driver, with the same seeds "
                        + "and splits (no trained model comes back from Spark's executors; training is deterministic, "
                        + "so these are the models the results come from)%n", again.size(), again.size() == 1 ? "" : "s");
                outcomes.addAll(again);
            }
        }
        printTables(results);
        var stdout = spec.commandLine().getOut();
        try {
            ResultsFiles.Written written = ResultsFiles.write(results, dir);
            for (Path p : written.files()) {
                stdout.println("wrote " + p);
            }
            if (written.previous() != null) {
                stdout.println("kept the earlier results in " + written.previous());
            }
        } catch (FileProblemException e) {
            stdout.flush();
            err.println("error: " + e.getMessage() + " (the tables above are all that is left of this run)");
            return 1;
        }
        if (report != null) {
            try {
                HtmlReport.write(results, project, (System.nanoTime() - started) / 1e9, report);
                stdout.println("wrote " + report);
            } catch (FileProblemException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
        }
        if (exportModels != null && !exportModels(project, data, outcomes)) {
            return 1;
        }
        if (!results.failures().isEmpty()) {
            err.printf("error: %d of %d runs failed (listed above and under failures in results.json); the others "
                    + "finished and are reported%n", results.failures().size(),
                    results.failures().size() + results.runs().size());
            return SOME_RUNS_FAILED;
        }
        return 0;
    }

    /**
     * Runs this command again in a JVM that has Spark ($SPARK_HOME's jars and recbridge-spark.jar beside this jar),
     * with the options Spark needs; without them, says how to get Spark in one line.
     */
    private int runInSparkJvm() throws Exception {
        List<String> command = SparkSupport.relaunch(spec.commandLine().getParseResult().originalArgs());
        if (command == null) {
            throw new IllegalArgumentException("--spark: " + SparkSupport.unavailable());
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(process::destroy, "recbridge-interrupted");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } finally {
            Runtime.getRuntime().removeShutdownHook(stop);
        }
    }

    /** The runs to export (all, or the best per strategy) trained again locally, as the window's export does. */
    private List<ExperimentRunner.Outcome> trainedAgain(Project project, LoadedData data, ExperimentResults results,
                                                        CancelToken cancel) {
        List<ExperimentRunner.Outcome> recorded = results.runs().stream().map(r -> new ExperimentRunner.Outcome(null,
                List.<org.recbridge.experiment.RunRecord>of(), r)).toList();
        List<ExperimentRunner.Outcome> chosen = exportBest == null ? recorded
                : BestRuns.choose(recorded, exportBest, project.task().kind());
        List<ExperimentRunner.Outcome> again = new java.util.ArrayList<>();
        for (ExperimentRunner.Outcome o : chosen) {
            Project one = org.recbridge.export.model.RunReplay.only(project, o.info().strategy(), o.info().learner(),
                    o.info().seed());
            new ExperimentRunner(1).run(one, data, ProgressListener.none(), cancel, again::add);
        }
        return again;
    }

    /**
     * Exports the runs' models after the results are safe. A strategy that cannot be exported is named in a
     * warning and the others are exported; a file that cannot be written stops the export.
     *
     * @return false if writing failed
     */
    private boolean exportModels(Project project, LoadedData data, List<ExperimentRunner.Outcome> outcomes) {
        var stdout = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<ExperimentRunner.Outcome> chosen = exportBest == null ? outcomes
                : BestRuns.choose(outcomes, exportBest, project.task().kind());
        ExportContext context = ExportContext.of(project, data);
        java.util.Set<String> refused = new java.util.LinkedHashSet<>();
        int written = 0;
        for (ExperimentRunner.Outcome o : chosen) {
            String why = ModelExporter.unsupported(o);
            if (why != null) {
                refused.add(why);
                continue;
            }
            try {
                ModelExporter.export(o, context, exportModels);
                written++;
            } catch (java.io.IOException e) {
                stdout.flush();
                err.println("error: " + ErrorMessages.oneLine(e) + " (exporting " + o.info().strategy() + " with "
                        + o.info().learner() + ", seed " + o.info().seed() + ")");
                return false;
            }
        }
        refused.forEach(why -> err.println("warning: not exported: " + why));
        stdout.println("exported " + written + " model(s) to " + exportModels);
        return true;
    }

    /** The tables go out before anything is written, so a failed write loses no result a person has seen. */
    private void printTables(ExperimentResults results) {
        var stdout = spec.commandLine().getOut();
        for (String note : results.notes()) {
            stdout.println(note);
        }
        results.overlap().forEach(o -> stdout.println(o.toLine()));
        stdout.println();
        stdout.print(ResultsTable.format(results));
        stdout.println();
        String training = AnalysisTables.training(results);
        if (!training.isEmpty()) {
            stdout.println(training);
        }
        String curves = AnalysisTables.learningCurves(results);
        if (!curves.isEmpty()) {
            stdout.println(curves);
        }
        stdout.print(AnalysisTables.sweeps(results));
        if (!results.hints().isEmpty()) {
            stdout.println(HintsText.format(results.hints()));
        }
        stdout.flush();
    }

    /**
     * Every output, found writable now and none of them an input of the run, not after an hour of training; the
     * message names the option.
     */
    private void checkOutputs(Project project, Path dir) throws java.io.IOException {
        OutputCheck.Inputs inputs = project.inputs();
        ResultsFiles.checkWritable(dir, out != null ? "--out" : "the results folder", inputs);
        // nor where the run writes its results: that output would be lost after the whole run
        OutputCheck.Inputs others = inputs.writing(dir.resolve(ResultsFiles.JSON_FILE), "its results.json")
                .writing(dir.resolve(ResultsFiles.CSV_FILE), "its results.csv");
        if (exportModels != null) {
            OutputCheck.folder(exportModels, "--export-models", others);
        }
        if (exportSplits != null) {
            OutputCheck.folder(exportSplits, "--export-splits", others);
        }
        if (report != null) {
            OutputCheck.file(report, "--report", OutputKind.REPORT, others);
        }
    }

    /** Option values that are wrong whatever the project says: a usage error (exit code 2). */
    private void checkOptions() {
        if (threads != null && threads < 1) {
            throw usage("--threads: must be 1 or more, got " + threads);
        }
        if (exportBest != null && exportModels == null) {
            throw usage("--export-best: needs --export-models DIR, the folder to export to");
        }
        if (strategies != null && (strategies.isEmpty() || strategies.stream().anyMatch(String::isBlank))) {
            throw usage("--strategies: an empty strategy name in \"" + String.join(",", strategies) + "\"; give ids "
                    + "or labels separated by commas, e.g. target-only,pooled");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Applies an option's value to the project; a value the project refuses is a usage error of that option. */
    private <T> Project option(String name, java.util.function.Function<T, Project> apply, T value) {
        try {
            return apply.apply(value);
        } catch (IllegalArgumentException e) {
            throw usage(name + e.getMessage().replaceFirst("^[a-z]+", ""));
        }
    }

    /** A label of the project's keeps its settings; anything else is an id, with settings of its own if given. */
    private TransferStrategy chosen(Project project, String name) {
        return project.strategies().stream().filter(s -> s.label().equals(name.strip())).findFirst()
                .orElseGet(() -> {
                    try {
                        return Strategies.fromLabel(name);
                    } catch (SettingException e) {
                        throw usage("--strategies: " + (e.setting() == null || e.setting().equals("id") ? ""
                                : name.strip() + ": " + e.setting() + ": ") + e.problem());
                    }
                });
    }

    private List<Double> parseBudgets(String text) {
        List<Double> out = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            try {
                out.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                throw usage("--budgets: \"" + part.trim() + "\" is not a number; give fractions of the target "
                        + "training rows, e.g. 0.05,0.25,1");
            }
        }
        return out;
    }

    /** The project's analysis with other budgets; its sweeps, if any, stay. */
    private AnalysisSettings withBudgets(Project project, List<Double> budgets) {
        AnalysisSettings a = project.analysis();
        try {
            return a == null
                    ? new AnalysisSettings(budgets, List.of(), List.of(), Strategies.byId("target-only"), 0)
                    : new AnalysisSettings(budgets, a.l2Sweep(), a.factorSweep(), a.sweepStrategy(), a.sweepLearner());
        } catch (IllegalArgumentException e) {
            throw usage("--budgets: " + e.getMessage().replace("analysis.budgets", "budget"));
        }
    }
}
