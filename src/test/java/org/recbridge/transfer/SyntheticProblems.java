package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;
import org.recbridge.eval.ClassificationMetrics;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.Row;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** Synthetic transfer problems with a known answer, for the strategy tests. */
final class SyntheticProblems {
    private SyntheticProblems() {
    }

    /** Shared tastes (rho 0.9) and a sparse target (4 interactions per user), as in the baseline tests. */
    static SyntheticPair sharedTastes(long seed) {
        return SyntheticGenerator.generate(sharedTastesSettings(seed));
    }

    static SyntheticSettings sharedTastesSettings(long seed) {
        return SyntheticSettings.defaults().withRho(0.9).withTargetInteractionsPerUser(4).withSeed(seed);
    }

    static TransferProblem problem(List<Domain> sources, Domain target, long seed) {
        return new ProblemBuilder(new LoadedData(sources, target, List.of()), TaskSettings.defaults())
                .build(ProtocolSettings.defaults(), seed);
    }

    static SgdLearner learner(LearnerKind kind) {
        return new SgdLearner(LearnerSettings.defaults(kind), TaskKind.CLASSIFICATION);
    }

    static RunContext context(long seed) {
        return new RunContext(seed, CancelToken.none(), ProgressListener.none());
    }

    /**
     * The source with its users' histories handed to other users at random: the same items and amounts of
     * data, but no per-user information about the target (and no user side table, which would tie it back).
     */
    static Domain shuffledUsers(Domain source, long seed) {
        Interactions in = source.interactions();
        List<String> users = new ArrayList<>(in.users().names());
        List<String> shuffled = new ArrayList<>(users);
        Collections.shuffle(shuffled, new Random(seed));
        Map<String, String> to = new HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            to.put(users.get(i), shuffled.get(i));
        }
        Interactions out = new Interactions(in.duplicatePolicy());
        for (int r = 0; r < in.size(); r++) {
            out.add(to.get(in.userId(r)), in.itemId(r), in.rating(r), in.time(r));
        }
        return new Domain(source.name() + "-shuffled", out, null, source.itemFeatures());
    }

    static double auc(Predictor predictor, List<Row> rows) {
        boolean[] positives = new boolean[rows.size()];
        for (int i = 0; i < positives.length; i++) {
            positives[i] = rows.get(i).positive();
        }
        return ClassificationMetrics.auc(predictor.predict(rows), positives);
    }
}
