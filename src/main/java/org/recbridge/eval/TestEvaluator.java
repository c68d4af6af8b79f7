package org.recbridge.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;

/**
 * Computes every test metric for all test users and separately for warm and cold-start users:
 * AUC, accuracy and log-loss (likes, implicit feedback) or RMSE and MAE (ratings), plus HR@K and NDCG@K.
 */
public final class TestEvaluator {
    /** Enough points to draw a smooth ROC curve. */
    private static final int ROC_POINTS = 101;
    /** Rows scored at once: bounds the memory of scoring, whatever the predictor holds per row. */
    private static final int CHUNK_ROWS = 50_000;
    private final TargetSplit split;
    private final TaskSettings task;
    private final EvaluationSettings settings;
    private final RankingCandidates candidates;

    public TestEvaluator(TargetSplit split, TaskSettings task, EvaluationSettings settings, RankingCandidates candidates) {
        this.split = split;
        this.task = task;
        this.settings = settings;
        this.candidates = candidates;
    }

    /** Metric names in the order they are reported, for this task. */
    public List<String> metricNames() {
        List<String> names = new ArrayList<>(task.kind().isRegression()
                ? List.of("RMSE", "MAE") : List.of("AUC", "accuracy", "log-loss"));
        names.add("HR@" + settings.k());
        names.add("NDCG@" + settings.k());
        return names;
    }

    /**
     * @param cancel checked before each chunk of rows is scored: ranking a million rows' test users against 99
     *               negatives each scores millions of rows, over a second of work
     */
    public List<GroupMetrics> evaluate(Function<List<Row>, double[]> scorer, CancelToken cancel) {
        List<Row> test = split.test();
        double[] scores = scoreInChunks(scorer, test, cancel);
        Map<String, double[]> ranking = rankingByUser(scorer, cancel);
        List<GroupMetrics> out = new ArrayList<>();
        for (UserGroup group : groups()) {
            List<Integer> idx = new ArrayList<>();
            Set<String> users = new HashSet<>();
            for (int i = 0; i < test.size(); i++) {
                if (group.contains(split.isCold(test.get(i).user()))) {
                    idx.add(i);
                    users.add(test.get(i).user());
                }
            }
            if (idx.isEmpty()) {
                continue;
            }
            Map<String, Double> metrics = new LinkedHashMap<>(pointMetrics(test, scores, idx));
            List<RocPoint> roc = task.kind().isRegression() ? List.of() : roc(test, scores, idx);
            double[] rank = meanRanking(ranking, group);
            metrics.put("HR@" + settings.k(), rank[0]);
            metrics.put("NDCG@" + settings.k(), rank[1]);
            out.add(new GroupMetrics(group, users.size(), idx.size(), metrics, roc));
        }
        return out;
    }

    private List<UserGroup> groups() {
        return split.coldUsers().isEmpty() ? List.of(UserGroup.ALL, UserGroup.WARM)
                : List.of(UserGroup.ALL, UserGroup.WARM, UserGroup.COLD);
    }

    private Map<String, Double> pointMetrics(List<Row> test, double[] scores, List<Integer> idx) {
        int n = idx.size();
        double[] s = new double[n];
        double[] label = new double[n];
        for (int j = 0; j < n; j++) {
            s[j] = scores[idx.get(j)];
            label[j] = test.get(idx.get(j)).label();
        }
        return PointMetrics.of(task.kind(), s, label);
    }

    private static List<RocPoint> roc(List<Row> test, double[] scores, List<Integer> idx) {
        double[] s = new double[idx.size()];
        boolean[] positive = new boolean[idx.size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = scores[idx.get(j)];
            positive[j] = test.get(idx.get(j)).positive();
        }
        return ClassificationMetrics.rocPoints(s, positive, ROC_POINTS);
    }

    /**
     * Per user: {HR, NDCG} averaged over the user's held-out positives. Users are scored a chunk at a time:
     * with 99 negatives each, all candidates at once were millions of rows, and their encoded features and
     * Tribuo predictions, at the same time.
     */
    private Map<String, double[]> rankingByUser(Function<List<Row>, double[]> scorer, CancelToken cancel) {
        Map<String, double[]> out = new HashMap<>();
        List<String> users = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, RankingCandidates.UserCandidates> e : candidates.users().entrySet()) {
            users.add(e.getKey());
            for (String item : e.getValue().positives()) {
                rows.add(new Row(e.getKey(), item, 1, Double.NaN, 1));
            }
            for (String item : e.getValue().negatives()) {
                rows.add(new Row(e.getKey(), item, 0, Double.NaN, 1));
            }
            if (rows.size() >= CHUNK_ROWS) {
                cancel.check();
                rankChunk(scorer, users, rows, out);
            }
        }
        if (!rows.isEmpty()) {
            cancel.check();
            rankChunk(scorer, users, rows, out);
        }
        return out;
    }

    private void rankChunk(Function<List<Row>, double[]> scorer, List<String> users, List<Row> rows,
                           Map<String, double[]> out) {
        double[] scores = scorer.apply(rows);
        int pos = 0;
        for (String user : users) {
            RankingCandidates.UserCandidates c = candidates.users().get(user);
            int p = c.positives().size();
            int q = c.negatives().size();
            double[] positives = java.util.Arrays.copyOfRange(scores, pos, pos + p);
            double[] negatives = java.util.Arrays.copyOfRange(scores, pos + p, pos + p + q);
            pos += p + q;
            out.put(user, new double[] {
                RankingMetrics.hitRate(positives, negatives, settings.k()),
                RankingMetrics.ndcg(positives, negatives, settings.k())});
        }
        users.clear();
        rows.clear();
    }

    /** The test rows' scores, a chunk at a time (see {@link #rankingByUser}). */
    private static double[] scoreInChunks(Function<List<Row>, double[]> scorer, List<Row> rows, CancelToken cancel) {
        double[] out = new double[rows.size()];
        for (int from = 0; from < rows.size(); from += CHUNK_ROWS) {
            cancel.check();
            int to = Math.min(rows.size(), from + CHUNK_ROWS);
            System.arraycopy(scorer.apply(rows.subList(from, to)), 0, out, from, to - from);
        }
        return out;
    }

    private double[] meanRanking(Map<String, double[]> ranking, UserGroup group) {
        double hr = 0;
        double ndcg = 0;
        int n = 0;
        for (Map.Entry<String, double[]> e : ranking.entrySet()) {
            if (group.contains(split.isCold(e.getKey()))) {
                hr += e.getValue()[0];
                ndcg += e.getValue()[1];
                n++;
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {hr / n, ndcg / n};
    }
}
