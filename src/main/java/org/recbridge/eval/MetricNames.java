package org.recbridge.eval;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.task.TaskKind;

/**
 * The names of the test metrics a run computes, and the few of them the tables show. Every metric is in
 * results.json and results.csv; a table with HR, NDCG, Recall and MAP at four K each would be forty columns
 * wide, so tables show the point metrics, HR and NDCG at one K and MRR.
 */
public final class MetricNames {
    public static final String MRR = "MRR";
    private static final int SHOWN_K = 10;

    private MetricNames() {
    }

    /** Every metric of a run of this task under these settings, the main metric first. */
    public static List<String> of(TaskKind task, EvaluationSettings settings) {
        List<String> names = new ArrayList<>(task.isRegression()
                ? List.of("RMSE", "MAE") : List.of("AUC", "accuracy", "log-loss"));
        names.addAll(ranking(settings));
        return names;
    }

    /** The ranking metrics in the order {@link RankingMetrics#trial} gives their values. */
    public static List<String> ranking(EvaluationSettings settings) {
        List<String> families = settings.ranking() == RankingProtocol.FULL
                ? List.of("HR@", "NDCG@", "Recall@", "MAP@") : List.of("HR@", "NDCG@");
        List<String> names = new ArrayList<>();
        for (String family : families) {
            settings.ks().forEach(k -> names.add(family + k));
        }
        names.add(MRR);
        return names;
    }

    /**
     * The metrics a table shows, in the order of {@code all}: those without a cut-off, and HR and NDCG at K = 10
     * when computed, else at the largest K computed.
     */
    public static List<String> shown(List<String> all) {
        int largest = -1;
        boolean ten = false;
        for (String m : all) {
            if (m.startsWith("HR@")) {
                int k = Integer.parseInt(m.substring(3));
                largest = Math.max(largest, k);
                ten |= k == SHOWN_K;
            }
        }
        String at = "@" + (ten ? SHOWN_K : largest);
        List<String> out = new ArrayList<>();
        for (String m : all) {
            if (!m.contains("@") || m.equals("HR" + at) || m.equals("NDCG" + at)) {
                out.add(m);
            }
        }
        return out;
    }
}
