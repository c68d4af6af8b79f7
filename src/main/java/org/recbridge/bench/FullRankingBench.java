package org.recbridge.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.eval.Factors;
import org.recbridge.eval.RankingCandidates;
import org.recbridge.eval.RankingProtocol;
import org.recbridge.eval.TestEvaluator;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;

/**
 * Full ranking of many users against a large catalogue through the evaluator's matrix-product path: by default
 * 10,000 users x 50,000 items, 18 dimensions (an fm of 8 factors and two classes), 20 history items and 2 test
 * positives per user. Prints the seconds and the load average it ran under. Not a test: run by
 * {@code bench/full_ranking.sh}.
 *
 * <pre>java -cp target/recbridge.jar org.recbridge.bench.FullRankingBench [USERS ITEMS DIMENSIONS]</pre>
 */
public final class FullRankingBench {
    private FullRankingBench() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int d = args.length > 2 ? Integer.parseInt(args[2]) : 18;
        SplittableRandom random = new SplittableRandom(1);
        List<String> catalogue = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            catalogue.add("i" + i);
        }
        List<Row> test = new ArrayList<>();
        Map<String, Set<String>> observed = new HashMap<>();
        for (int u = 0; u < users; u++) {
            String user = "u" + u;
            Set<String> seen = new HashSet<>();
            while (seen.size() < 22) {
                seen.add(catalogue.get(random.nextInt(items)));
            }
            List<String> list = new ArrayList<>(seen);
            test.add(new Row(user, list.get(0), 1, 5, 1));
            test.add(new Row(user, list.get(1), 1, 5, 1));
            observed.put(user, seen);
        }
        TargetSplit split = new TargetSplit(List.of(), List.of(), test, Set.of(), catalogue, observed);
        double[][] userVectors = new double[users][d];
        double[][] itemColumns = new double[d][items];
        for (double[] v : userVectors) {
            for (int j = 0; j < d; j++) {
                v[j] = random.nextGaussian();
            }
        }
        for (double[] c : itemColumns) {
            for (int i = 0; i < items; i++) {
                c[i] = random.nextGaussian();
            }
        }
        Factors factors = new Factors(userVectors, itemColumns);
        EvaluationSettings settings = new EvaluationSettings(List.of(1, 5, 10, 20), 99, RankingProtocol.FULL,
                "target-only", 0.05, null);
        RankingCandidates candidates = RankingCandidates.build(split, TaskSettings.defaults(), settings, 1);
        TestEvaluator evaluator = new TestEvaluator(split, TaskSettings.defaults(), settings, candidates);
        for (int run = 0; run < 2; run++) { // the first warms the JIT
            long start = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            var metrics = evaluator.evaluate(rows -> new double[rows.size()], (u, i) -> factors,
                    CancelToken.none()).get(0).metrics();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("full ranking, %,d users x %,d items, %d dimensions: %.2f s wall, %.2f s CPU, one thread "
                            + "(run %d; load average %.2f on %d cores); HR@10 %.4f (random scores: about %.4f)%n",
                    users, items, d, seconds, cpuSeconds,
                    run + 1, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors(), metrics.get("HR@10"), 1 - Math.pow(1 - 10.0 / items, 2));
        }
    }
}
