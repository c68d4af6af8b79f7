package org.recbridge.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;
import org.recbridge.data.io.InteractionImporter;
import org.recbridge.eval.PointMetrics;
import org.recbridge.export.model.ExportedModel;
import org.recbridge.export.model.NewPairs;
import org.recbridge.export.model.TopItems;
import org.recbridge.util.AtomicFile;
import picocli.CommandLine.Command;
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

    @Option(names = "--format", paramLabel = "ID", defaultValue = "auto",
            description = "force DATA's format: auto, delimited, movielens, recbole, whitespace (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws Exception {
        if (top != null && top < 1) {
            throw new ParameterException(spec.commandLine(), "--top: K must be 1 or more, got " + top);
        }
        ExportedModel model = ExportedModel.load(modelDir);
        Interactions interactions = InteractionImporter.importFile(data,
                new ImportOptions(format, Map.of(), DuplicatePolicy.KEEP_LAST, false)).value();
        NewPairs pairs = NewPairs.of(interactions, model.manifest());
        double[] scores = model.predict(pairs.rows());
        if (out == null) {
            // the scores are the standard output (to pipe on); anything else goes to stderr
            writeScores(model, pairs, scores, spec.commandLine().getOut(), false);
            printMetrics(model, pairs, scores, spec.commandLine().getErr());
        } else {
            AtomicFile.write(out, stream -> writeScores(model, pairs, scores,
                    new OutputStreamWriter(stream, StandardCharsets.UTF_8), true));
            spec.commandLine().getOut().println("wrote " + out);
            printMetrics(model, pairs, scores, spec.commandLine().getOut());
        }
        return 0;
    }

    private void writeScores(ExportedModel model, NewPairs pairs, double[] scores, Writer writer, boolean close)
            throws IOException {
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        if (top == null) {
            csv.printRecord("user", "item", "score");
            for (int i = 0; i < scores.length; i++) {
                csv.printRecord(pairs.rows().get(i).user(), pairs.rows().get(i).item(), scores[i]);
            }
        } else {
            csv.printRecord("user", "rank", "item", "score");
            for (Map.Entry<String, List<TopItems.Scored>> e : TopItems.of(model, pairs.rows(), top).entrySet()) {
                int rank = 1;
                for (TopItems.Scored s : e.getValue()) {
                    csv.printRecord(e.getKey(), rank++, s.item(), s.score());
                }
            }
        }
        csv.flush();
        if (close) {
            csv.close();
        }
    }

    /** Metrics over the rows with a rating, as the run's test metrics are computed. */
    private static void printMetrics(ExportedModel model, NewPairs pairs, double[] scores, PrintWriter to) {
        int n = pairs.labelledCount();
        if (n == 0) {
            return;
        }
        double[] s = new double[n];
        double[] labels = new double[n];
        int j = 0;
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(pairs.labels()[i])) {
                s[j] = scores[i];
                labels[j++] = pairs.labels()[i];
            }
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "metrics on %d rated rows (%s):", n,
                model.manifest().task().id()));
        PointMetrics.of(model.manifest().task(), s, labels).forEach((name, v) ->
                line.append(String.format(Locale.ROOT, " %s %.6f", name, v)));
        to.println(line);
        to.flush();
    }
}
