package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recbridge.features.RowSet;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.task.Row;

/**
 * The source model that fine-tune and regularized transfer start from and emcdr takes its source factors from:
 * trained on the source with the learner's settings, stopped early on a tenth of the source rows held out
 * (seeded). A start for more training is judged on the source's own rows: chosen, as source-only is, by how it
 * scores the target as it is, it stopped after an epoch or two wherever baseline numbers learnt at once what the
 * users' ids and factors had not learnt yet, and fine-tuning then started from barely trained users. Shared by
 * the jobs of a seed and learner.
 */
final class SourceStage {
    /** Share of source rows held out to stop the source model's training (the target's rows judge the target's). */
    static final double HELD_OUT = 0.1;

    private SourceStage() {
    }

    /** The cache key of the source stage with this learner. */
    static String key(LearnerSettings learner) {
        return "source-stage|" + learner.label();
    }

    /** The source stage of the problem's (first) source, trained on first use for the seed and learner. */
    static FittedModel model(TransferProblem problem, SgdLearner learner, RunContext context) {
        return problem.cache().get(key(learner.settings()), () -> {
            SourceData source = problem.source();
            List<Row>[] parts = split(source.rows(), context.seed());
            return learner.fitRows(List.of(new RowSet(source.featurizer(), parts[0])),
                    source.featurizer().encodeAll(parts[1]), context.seed(), context.cancel(), context.progress());
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Row>[] split(List<Row> rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xe3cd);
        List<Row> train = new ArrayList<>();
        List<Row> heldOut = new ArrayList<>();
        for (Row r : rows) {
            (random.nextDouble() < HELD_OUT ? heldOut : train).add(r);
        }
        return new List[] {train, heldOut};
    }
}
