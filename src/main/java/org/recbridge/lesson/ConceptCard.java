package org.recbridge.lesson;

import java.util.List;

/**
 * A concept's card in Help ▸ Concepts: its title, its plain-language text and the picture drawn beside it.
 *
 * @param concept the idea
 * @param title   the card's title
 * @param text    the idea in plain words
 * @param picture what the card's chart shows, and from which lesson's data
 */
public record ConceptCard(Concept concept, String title, String text, Picture picture) {
    /** What a card's picture draws. */
    public enum Chart implements LessonTerm {
        /** The domains' rating histograms side by side (from the data alone). */
        DOMAINS,
        /** The target's user features that move together (from the data alone). */
        CORRELATIONS,
        /** Test AUC per strategy and user group, with intervals. */
        COMPARISON,
        /** Each strategy's difference from the baseline, with its interval (a forest plot). */
        DIFFERENCES,
        /** Training and validation curves by epoch. */
        TRAINING,
        /** Test AUC by target budget. */
        LEARNING_CURVE
    }

    /**
     * @param lesson     the lesson (its folder name) whose generator settings and project the picture is drawn from
     * @param chart      the kind of chart
     * @param strategies the strategies run for it (the first the baseline), none for a picture of the data alone
     * @param caption    one line under the picture saying what it shows
     */
    public record Picture(String lesson, Chart chart, List<String> strategies, String caption) {
        public Picture {
            strategies = List.copyOf(strategies);
        }

        /** True when the picture needs strategies trained, false when the data alone draws it. */
        public boolean trains() {
            return chart != Chart.DOMAINS && chart != Chart.CORRELATIONS;
        }
    }
}
