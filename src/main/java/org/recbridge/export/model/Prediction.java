package org.recbridge.export.model;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.data.Interactions;
import org.recbridge.eval.PointMetrics;
import org.recbridge.util.OutputCheck;

/**
 * New data scored by a saved model: each pair's score, and the metrics over the rows with a rating, computed as
 * the run computed its test metrics. The command line's {@code predict} and the workbench's "Apply model to
 * data…" both score through here, so they print and show the same numbers.
 */
public record Prediction(ExportedModel model, NewPairs pairs, double[] scores, Coverage coverage) {
    /** What scoring reads, which a scores file must not replace: the model folder and the data file. */
    public static OutputCheck.Inputs inputs(Path modelDir, Path data) {
        java.util.Map<Path, String> files = new java.util.LinkedHashMap<>();
        files.put(modelDir, "the model folder");
        files.put(data, "the data file scored");
        return new OutputCheck.Inputs(files);
    }

    public static Prediction of(ExportedModel model, Interactions data) {
        NewPairs pairs = NewPairs.of(data, model.manifest());
        double[] scores = model.predict(pairs.rows());
        return new Prediction(model, pairs, scores, Coverage.of(pairs.rows(), scores, model.known()));
    }

    /** The metrics over the rated rows (AUC, accuracy, log-loss or RMSE, MAE); empty when no row has a rating. */
    public Map<String, Double> metrics() {
        int n = pairs.labelledCount();
        if (n == 0) {
            return Map.of();
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
        return PointMetrics.of(model.manifest().task(), s, labels);
    }

    /**
     * Each user's {@code k} best target items the model knows that the user has not rated in the data; progress
     * per user, and cancel checked before each.
     */
    public Map<String, List<TopItems.Scored>> top(int k, ProgressListener progress, CancelToken cancel) {
        return TopItems.of(model, pairs.rows(), k, progress, cancel);
    }

    /**
     * CSV with the header {@code user,item,score}, one line per pair in the data's order; when the model knows
     * none of the pairs, a comment line before the header says so ({@link Coverage#blind}).
     */
    public void writeScores(Writer to) throws IOException {
        CSVPrinter csv = printer(to);
        comment(to);
        csv.printRecord("user", "item", "score");
        for (int i = 0; i < scores.length; i++) {
            csv.printRecord(pairs.rows().get(i).user(), pairs.rows().get(i).item(), scores[i]);
        }
        csv.flush();
    }

    /** CSV with the header {@code user,rank,item,score}, rank 1 the best, after the same comment as the scores'. */
    public void writeTop(Map<String, List<TopItems.Scored>> top, Writer to) throws IOException {
        CSVPrinter csv = printer(to);
        comment(to);
        csv.printRecord("user", "rank", "item", "score");
        for (Map.Entry<String, List<TopItems.Scored>> e : top.entrySet()) {
            int rank = 1;
            for (TopItems.Scored s : e.getValue()) {
                csv.printRecord(e.getKey(), rank++, s.item(), s.score());
            }
        }
        csv.flush();
    }

    /**
     * "# 0 of 1,672 users ... the base rate": one line a CSV reader skips as a comment (pandas: comment='#'), and
     * one a reader that does not cannot miss: these scores are not worth using.
     */
    private void comment(Writer to) throws IOException {
        if (coverage.blind()) {
            to.write("# " + coverage.line() + "\n");
        }
    }

    private static CSVPrinter printer(Writer to) throws IOException {
        return new CSVPrinter(to, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
    }
}
