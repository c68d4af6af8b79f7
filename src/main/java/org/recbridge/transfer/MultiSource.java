package org.recbridge.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.learn.SgdLearner;

/** One pooled model per source domain, combined with weights fitted on target validation. */
public final class MultiSource implements TransferStrategy {
    private final TransferStrategy perSource = new Pooled();

    @Override
    public String id() {
        return "multi-source";
    }

    @Override
    public String description() {
        return "With several source domains: trains one pooled model per source (that source plus the target) "
                + "and averages them with non-negative weights summing to 1, chosen on the target validation rows; "
                + "the details give each source's weight, a measure of how useful it is. Helps when sources differ "
                + "in relevance, since an unrelated source gets little weight instead of drowning the target as in "
                + "pooling everything; with one source it is plain pooling (weight 1). Costs one model per source.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        List<SourceData> sources = problem.sources();
        Map<String, TrainedStrategy> trained = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            context.cancel().check();
            SourceData source = sources.get(i);
            TransferProblem single = new TransferProblem(List.of(source), problem.target(), problem.split(),
                    problem.targetFeaturizer(), problem.task());
            String name = uniqueName(source.domain().name(), trained);
            trained.put(name, perSource.train(single, learner, context.part(i, sources.size(), name)));
        }
        return ValidationWeights.combine(trained, problem.split().validation());
    }

    /** Projects may list two sources of the same name; the weights must still tell them apart. */
    private static String uniqueName(String name, Map<String, ?> taken) {
        String candidate = name;
        for (int n = 2; taken.containsKey(candidate); n++) {
            candidate = name + "#" + n;
        }
        return candidate;
    }
}
