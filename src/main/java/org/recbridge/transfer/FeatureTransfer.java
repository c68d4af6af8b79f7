package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.FeatureTable;
import org.recbridge.features.Featurizer;
import org.recbridge.learn.FittedModel;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.learn.SgdLearner;
import org.recbridge.transfer.features.SourceBiasFeaturizer;
import org.recbridge.transfer.features.SourceProfileFeaturizer;
import org.recbridge.transfer.features.UserFactorFeaturizer;

/** Source user profiles, source user biases and source FM user factors become features of the target model. */
public final class FeatureTransfer implements TransferStrategy {
    @Override
    public String id() {
        return "feature-transfer";
    }

    @Override
    public String description() {
        return "Describes each user by their source habits (mean rating, like rate, activity, bias after the items "
                + "they chose, taste per item "
                + "category such as genre) and by the user factors a source factorization machine learned, and adds "
                + "these to the target model's features. Helps cold-start users when tastes carry over and the "
                + "domains share item categories; hurts little when they do not (the target model can learn to "
                + "ignore the features), but with very few target labels it may fit noise in them.";
    }

    @Override
    public TrainedStrategy train(TransferProblem problem, SgdLearner learner, RunContext context) {
        return Augmented.train(problem, learner, context, FeatureTransfer::builders);
    }

    @Override
    public List<String> sharedModels(TransferProblem problem, LearnerSettings learner) {
        return Augmented.sourceModelKeys(problem, factorSettings(learner));
    }

    /**
     * Per source: the profile's mean rating, like rate and activity, a taste per target item column, and the
     * source FM's user factors.
     */
    @Override
    public int transferredFeaturesPerRow(TransferProblem problem, LearnerSettings learner) {
        FeatureTable items = problem.target().itemFeatures();
        int perSource = 3 + (items == null ? 0 : items.columns().size()) + factorSettings(learner).factors();
        return problem.sources().size() * perSource;
    }

    /** The factors come from an FM whatever the target learner is; keep its k if it is an FM. */
    static LearnerSettings factorSettings(LearnerSettings learner) {
        return learner.kind() == LearnerKind.FM ? learner : LearnerSettings.defaults(LearnerKind.FM);
    }

    /** One profile and one user-factor builder per source; the source FMs are added to {@code sourceModels}. */
    static List<Featurizer> builders(TransferProblem problem, SgdLearner learner, RunContext context,
                                     List<FittedModel> sourceModels) {
        List<Featurizer> out = new ArrayList<>();
        LearnerSettings fm = factorSettings(learner.settings());
        for (int i = 0; i < problem.sources().size(); i++) {
            SourceData source = problem.sources().get(i);
            String prefix = Augmented.prefix(i);
            out.add(SourceProfileFeaturizer.build(prefix, source.rows(), source.domain().itemFeatures(),
                    problem.target().itemFeatures(), Augmented.likes(problem.task())));
            out.add(new SourceBiasFeaturizer(prefix, Baselines.source(problem, i)));
            FittedModel model = Augmented.fitSource(problem, source, fm, context);
            sourceModels.add(model);
            out.add(UserFactorFeaturizer.fromFm(prefix, model));
        }
        return out;
    }
}
