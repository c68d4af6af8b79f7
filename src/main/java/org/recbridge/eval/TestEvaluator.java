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
 * AUC, accuracy and log-loss (likes, implicit feedback) or RMSE and MAE (ratings), plus the ranking metrics of
 * {@link MetricNames#ranking} under the project's {@link RankingProtocol}.
 */
public final class TestEvaluator {
    /** Enough points to draw a smooth ROC curve. */
    private static final int ROC_POINTS = 101;
    /** Rows scored at once: bounds the memory of scoring, whatever the predictor holds per row. */
    static final int CHUNK_ROWS = 50_000;
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
        return MetricNames.of(task.kind(), settings);
    }

    /** As {@link #evaluate(Function, FactorSource, CancelToken)}, scoring full rankings row by row. */
    public List<GroupMetrics> evaluate(Function<List<Row>, double[]> scorer, CancelToken cancel) {
        return evaluate(scorer, FactorSource.NONE, cancel);
    }

    /**
     * @param factors the same scores as a matrix product where the model allows, for full ranking
     * @param cancel  checked before each chunk of rows is scored: ranking a million rows' test users against 99
     *                negatives each scores millions of rows, over a second of work
     */
    public List<GroupMetrics> evaluate(Function<List<Row>, double[]> scorer, FactorSource factors, CancelToken cancel) {
        List<Row> test = split.test();
        double[] scores = scoreInChunks(scorer, test, cancel);
        Map<String, Trials> ranking = switch (candidates.protocol()) {
            case SAMPLED_PER_USER -> sampledPerUser(scorer, cancel);
            case SAMPLED_PER_PAIR -> sampledPerPair(scorer, cancel);
            case FULL -> FullRanking.rank(split, candidates, settings, scorer, factors, cancel);
        };
        List<String> rankingNames = MetricNames.ranking(settings);
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
            // a group of every test row is "all" again: shown twice it doubled every row, comparison and hint
            if (idx.isEmpty() || (group != UserGroup.ALL && idx.size() == test.size())) {
                continue;
            }
            Map<String, Double> metrics = new LinkedHashMap<>(pointMetrics(test, scores, idx));
            List<RocPoint> roc = task.kind().isRegression() ? List.of() : roc(test, scores, idx);
            double[] rank = meanRanking(ranking, group, rankingNames.size());
            for (int m = 0; m < rank.length; m++) {
                metrics.put(rankingNames.get(m), rank[m]);
            }
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
     * A user's ranking trials: the sums of their metric values ({@link RankingMetrics#trial}) and how many there
     * were. One per user where values are averaged per user; one per test pair where averaged per pair.
     */
    record Trials(double[] sums, int count) {
        static Trials one(double[] values) {
            return new Trials(values, 1);
        }
    }

    /**
     * Per user: the positives each ranked against the user's shared negatives. Users are scored a chunk at a
     * time: with 99 negatives each, all candidates at once were millions of rows, and their encoded features
     * and Tribuo predictions, at the same time.
     */
    private Map<String, Trials> sampledPerUser(Function<List<Row>, double[]> scorer, CancelToken cancel) {
        Map<String, Trials> out = new HashMap<>();
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
                           Map<String, Trials> out) {
        double[] scores = scorer.apply(rows);
        int pos = 0;
        for (String user : users) {
            RankingCandidates.UserCandidates c = candidates.users().get(user);
            int p = c.positives().size();
            int q = c.negatives().size();
            double[] negatives = java.util.Arrays.copyOfRange(scores, pos + p, pos + p + q);
            int[] ranks = new int[p];
            for (int j = 0; j < p; j++) {
                ranks[j] = RankingMetrics.rank(scores[pos + j], negatives);
            }
            pos += p + q;
            out.put(user, Trials.one(RankingMetrics.trial(ranks, false, settings.ks(), false)));
        }
        users.clear();
        rows.clear();
    }

    /**
     * Per test pair: the positive against {@code negatives} items drawn uniformly, with replacement, from the
     * training items, a fresh draw per pair (in user and positive order, from the candidates' seed, so every
     * strategy meets the same draws). Pairs are scored a chunk at a time, and each user's values are summed
     * over its pairs so that groups average per pair.
     */
    private Map<String, Trials> sampledPerPair(Function<List<Row>, double[]> scorer, CancelToken cancel) {
        Map<String, Trials> out = new HashMap<>();
        List<String> pool = candidates.pool();
        java.util.SplittableRandom random = new java.util.SplittableRandom(candidates.seed());
        int per = settings.negatives() + 1;
        List<Row> rows = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        Runnable flush = () -> {
            cancel.check();
            double[] scores = scorer.apply(rows);
            for (int t = 0; t < owners.size(); t++) {
                double[] negatives = java.util.Arrays.copyOfRange(scores, t * per + 1, (t + 1) * per);
                double[] values = RankingMetrics.trial(new int[] {RankingMetrics.rank(scores[t * per], negatives)},
                        false, settings.ks(), false);
                out.merge(owners.get(t), Trials.one(values), TestEvaluator::add);
            }
            rows.clear();
            owners.clear();
        };
        for (Map.Entry<String, RankingCandidates.UserCandidates> e : candidates.users().entrySet()) {
            String user = e.getKey();
            for (String positive : e.getValue().positives()) {
                rows.add(new Row(user, positive, 1, Double.NaN, 1));
                for (int n = 0; n < settings.negatives(); n++) {
                    rows.add(new Row(user, pool.get(random.nextInt(pool.size())), 0, Double.NaN, 1));
                }
                owners.add(user);
                if (rows.size() >= CHUNK_ROWS) {
                    flush.run();
                }
            }
        }
        if (!rows.isEmpty()) {
            flush.run();
        }
        return out;
    }

    static Trials add(Trials a, Trials b) {
        double[] sums = a.sums().clone();
        for (int i = 0; i < sums.length; i++) {
            sums[i] += b.sums()[i];
        }
        return new Trials(sums, a.count() + b.count());
    }

    /** The test rows' scores, a chunk at a time (see {@link #rankingByUser}). */
    static double[] scoreInChunks(Function<List<Row>, double[]> scorer, List<Row> rows, CancelToken cancel) {
        double[] out = new double[rows.size()];
        for (int from = 0; from < rows.size(); from += CHUNK_ROWS) {
            cancel.check();
            int to = Math.min(rows.size(), from + CHUNK_ROWS);
            System.arraycopy(scorer.apply(rows.subList(from, to)), 0, out, from, to - from);
        }
        return out;
    }

    /** The group's ranking metrics: its trials' values summed and divided by their count (NaN without any). */
    private double[] meanRanking(Map<String, Trials> ranking, UserGroup group, int metrics) {
        double[] sums = new double[metrics];
        int n = 0;
        for (Map.Entry<String, Trials> e : ranking.entrySet()) {
            if (group.contains(split.isCold(e.getKey()))) {
                for (int m = 0; m < metrics; m++) {
                    sums[m] += e.getValue().sums()[m];
                }
                n += e.getValue().count();
            }
        }
        for (int m = 0; m < metrics; m++) {
            sums[m] = n == 0 ? Double.NaN : sums[m] / n;
        }
        return sums;
    }
}
