package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;

/** A weighted average of other strategies' predictions, with weights fitted on target validation. */
public final class Ensemble implements TransferStrategy {
    private static final List<String> DEFAULT_MEMBERS = List.of("target-only", "pooled", "source-only");
    private static final List<Setting> SETTINGS = List.of(Setting.strategyIds("members", DEFAULT_MEMBERS,
            "Strategies whose predictions are averaged, each with its default settings."));

    private final List<TransferStrategy> members;

    /** The default members: target-only, pooled and source-only. */
    public Ensemble() {
        this(List.of(new TargetOnly(), new Pooled(), new SourceOnly()));
    }

    public Ensemble(List<TransferStrategy> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public String id() {
        return "ensemble";
    }

    @Override
    public String description() {
        return "Trains several strategies (by default target-only, pooled and source-only; the members setting chooses them) and averages their "
                + "predictions with non-negative weights summing to 1, chosen on the target validation rows; the "
                + "details show each member's weight. Helps when no single strategy is best everywhere and damps "
                + "overfitting; costs the training time of all members, and the weights are only as good as the "
                + "validation rows (few labels, or no cold-start users among them, make them noisy).";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public TransferStrategy configure(SettingValues values) {
        return new Ensemble(values.ids("members").stream().map(Strategies::byId).toList());
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        List<String> keys = new ArrayList<>();
        for (TransferStrategy member : members) {
            keys.add(RunCache.strategyKey(member, learner));
            keys.addAll(member.sharedModels(problem, learner));
        }
        return keys;
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        Map<String, TrainedStrategy> trained = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            context.cancel().check();
            TransferStrategy member = members.get(i);
            trained.put(member.id(), problem.cache().strategy(member, problem, learner,
                    context.part(i, members.size(), member.id())));
        }
        return ValidationWeights.combine(trained, problem.split().validation());
    }
}
