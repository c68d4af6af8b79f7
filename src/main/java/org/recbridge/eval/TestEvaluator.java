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

/**
 * Computes every test metric for all test users and separately for warm and cold-start users:
 * AUC, accuracy and log-loss (likes, implicit feedback) or RMSE and MAE (ratings), plus HR@K and NDCG@K.
 */
public final class TestEvaluator {
    /** Enough points to draw a smooth ROC curve. */
    private static final int ROC_POINTS = 101;
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

    public List<GroupMetrics> evaluate(Function<List<Row>, double[]> scorer) {
        List<Row> test = split.test();
        double[] scores = scorer.apply(test);
        Map<String, double[]> ranking = rankingByUser(scorer);
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

    /** Per user: {HR, NDCG} averaged over the user's held-out positives. */
    private Map<String, double[]> rankingByUser(Function<List<Row>, double[]> scorer) {
        List<Row> rows = new ArrayList<>();
        candidates.users().forEach((user, c) -> {
            for (String item : c.positives()) {
                rows.add(new Row(user, item, 1, Double.NaN, 1));
            }
            for (String item : c.negatives()) {
                rows.add(new Row(user, item, 0, Double.NaN, 1));
            }
        });
        double[] scores = rows.isEmpty() ? new double[0] : scorer.apply(rows);
        Map<String, double[]> out = new HashMap<>();
        int pos = 0;
        for (Map.Entry<String, RankingCandidates.UserCandidates> e : candidates.users().entrySet()) {
            int p = e.getValue().positives().size();
            int q = e.getValue().negatives().size();
            double[] positives = java.util.Arrays.copyOfRange(scores, pos, pos + p);
            double[] negatives = java.util.Arrays.copyOfRange(scores, pos + p, pos + p + q);
            pos += p + q;
            out.put(e.getKey(), new double[] {
                RankingMetrics.hitRate(positives, negatives, settings.k()),
                RankingMetrics.ndcg(positives, negatives, settings.k())});
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
