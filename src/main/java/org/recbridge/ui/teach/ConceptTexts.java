package org.recbridge.ui.teach;

import java.util.Map;
import org.recbridge.lesson.Concept;

/** The plain-language card of each concept a lesson teaches (Help ▸ Concepts). */
public final class ConceptTexts {
    private static final Map<Concept, String[]> CARDS = Map.of(
            Concept.TRANSFER_LEARNING, new String[] {"Transfer learning",
                "A model learns from a domain where data is plentiful (movies) and uses what it learnt where data "
                    + "is scarce (books). It pays off when the two domains have something in common: the same "
                    + "users, similar items, or tastes that go together."},
            Concept.SOURCE_AND_TARGET, new String[] {"Source and target",
                "The source is the domain we learn from; the target is the domain we want good recommendations "
                    + "in. Users who rated in both are the bridge between them. Every result is measured on the "
                    + "target's test data, never on the source."},
            Concept.COLD_START, new String[] {"Cold start",
                "A cold user is new to the target: no ratings there yet. A target-only model knows nothing about "
                    + "them; a model that saw their source ratings can still guess. The workbench tests cold users "
                    + "separately, because that is where transfer helps most."},
            Concept.NEGATIVE_TRANSFER, new String[] {"Negative transfer",
                "When the source's tastes do not carry over, learning from it makes the target model worse. The "
                    + "workbench flags a strategy that loses to the target alone consistently, by at least the "
                    + "minimum effect. Instance weighting and TrAdaBoost trust source rows less to reduce it."},
            Concept.OVERFITTING, new String[] {"Overfitting",
                "With little data, a model can learn its training examples by heart: it keeps getting better on "
                    + "them while it gets worse on new data. The training and validation curves part ways. A "
                    + "stronger penalty (L2) or stopping at the best validation epoch fixes it."},
            Concept.DOMAIN_DISTANCE, new String[] {"Domain distance",
                "How different two domains look: a classifier is trained to tell their rows apart. If it can "
                    + "hardly do it (A-distance near 0) the domains look alike; if it does it easily (near 2) they "
                    + "differ, and mixing their data may hurt."},
            Concept.FEATURE_REDUNDANCY, new String[] {"Feature redundancy",
                "Side features that move together tell the model the same thing twice. Keeping the informative "
                    + "ones (features.topK, ranked by mRMR or JMI) gives the same accuracy with fewer inputs."},
            Concept.TARGET_BUDGET, new String[] {"Target budget",
                "How much target data there is. With little, the source's help is worth most; as the target "
                    + "grows, the target alone catches up. The learning curve shows where the two meet."},
            Concept.FEATURE_VS_MODEL_TRANSFER, new String[] {"Feature transfer and model transfer",
                "Feature transfer hands the target model what was learnt about a user as extra inputs; model "
                    + "transfer starts the target model from the source model's weights. Hybrid does both."},
            Concept.JOINT_TRAINING, new String[] {"Joint training",
                "One model learns from the source and the target at once, with a weight saying how much each "
                    + "counts; with several sources, each source can count differently."});

    private ConceptTexts() {
    }

    /** Every card, for Help ▸ Concepts. */
    public static String all() {
        StringBuilder out = new StringBuilder();
        for (Concept c : Concept.values()) {
            out.append(out.length() == 0 ? "" : "\n\n").append(title(c)).append("\n").append(text(c));
        }
        return out.toString();
    }

    public static String title(Concept c) {
        return CARDS.get(c)[0];
    }

    public static String text(Concept c) {
        return CARDS.get(c)[1];
    }
}
