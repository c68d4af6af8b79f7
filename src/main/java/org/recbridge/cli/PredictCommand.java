package org.recbridge.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recbridge.data.Interactions;
import org.recbridge.data.io.Imported;
import org.recbridge.data.io.InteractionImporter;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.export.model.Prediction;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.recbridge.util.OutputCheck;
import org.recbridge.util.OutputKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Score new (user, item) pairs with a model exported by run --export-models, or list each "
                + "user's K best unrated items (--top K); prints the metrics when the data has ratings.")
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL_DIR", description = "a folder written by run --export-models")
    Path modelDir;

    @Parameters(index = "1", paramLabel = "DATA", description = "an interaction file in any format RecBridge imports")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "write the scores (CSV) to FILE instead of the "
            + "standard output; the metrics then go to the standard output")
    Path out;

    @Option(names = "--top", paramLabel = "K", description = "instead of scoring DATA's pairs, list for each of its "
            + "users the K best target items the model knows that the user has not rated in DATA")
    Integer top;

    @Mixin
    ImportFileOptions input;

    @Override
    public Integer call() throws Exception {
        if (top != null && top < 1) {
            throw new ParameterException(spec.commandLine(), "--top: K must be 1 or more, got " + top);
        }
        var options = input.options();
        if (out != null) {
            // before reading anything: the scores must not replace the model or the data they come from
            OutputCheck.file(out, "--out", OutputKind.SCORES, Prediction.inputs(modelDir, data));
        }
        ExportedModel model = ExportedModel.load(modelDir);
        Imported<Interactions> imported = InteractionImporter.importFile(data, options);
        Prediction prediction = Prediction.of(model, imported.value());
        // the scores may be the standard output (to pipe on); anything else then goes to stderr
        PrintWriter notes = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        if (imported.summary().badRowsSkipped() > 0) {
            notes.println(imported.summary().toLine());
        }
        if (!prediction.coverage().complete()) {
            // on stderr whatever else goes where: scores of a model that never saw these ids are the warning
            spec.commandLine().getErr().println("warning: " + prediction.coverage().line());
            spec.commandLine().getErr().flush();
        }
        if (out == null) {
            writeScores(prediction, spec.commandLine().getOut());
        } else {
            java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent()); // as checked above
            AtomicFile.write(out, OutputKind.SCORES, stream -> {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                writeScores(prediction, writer);
                writer.flush();
            });
            notes.println("wrote " + out);
        }
        printMetrics(prediction, notes);
        return 0;
    }

    private void writeScores(Prediction prediction, Writer writer) throws java.io.IOException {
        if (top == null) {
            prediction.writeScores(writer);
        } else {
            prediction.writeTop(prediction.top(top, ProgressListener.none(), CancelToken.none()), writer);
        }
    }

    /** Metrics over the rows with a rating, as the run's test metrics are computed. */
    private static void printMetrics(Prediction prediction, PrintWriter to) {
        var metrics = prediction.metrics();
        if (metrics.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "metrics on %d rated rows (%s):",
                prediction.pairs().labelledCount(), prediction.model().manifest().task().id()));
        metrics.forEach((name, v) -> line.append(String.format(Locale.ROOT, " %s %.6f", name, v)));
        to.println(line);
        to.flush();
    }
}
