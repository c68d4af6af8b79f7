package org.recbridge.analysis.hints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.analysis.hints.HintFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.analysis.curves.OverfitFinding;
import org.recbridge.analysis.diagnostics.CorrelatedPair;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.eval.Verdict;
import org.recbridge.experiment.ExperimentResults;

/** Each hint's plain-words form, from known numbers: the same effect as the statistical form, in everyday words. */
class PlainWordsTest {
    @Test
    void aHelpIsTriesAndARoundedSizeAndWhetherItIsLuck() {
        Comparison c = measured("pooled", "cold", 0.14, 0.15, 0.16);
        assertEquals(Verdict.BETTER, c.verdict());
        Hint h = hints(new TransferPaysOffRule(), null, withComparisons(c)).get(0);
        assertEquals("pooling helped cold users (new to the target) in all 3 tries, by about 0.15 AUC; unlikely to "
                + "be luck: transfer pays off for them", h.plain());
        assertTrue(h.message().contains("+0.1500"), "the statistical form keeps its numbers: " + h.message());
    }

    @Test
    void aLossNamesTheTriesLostAndALossTheTestMissesCouldBeLuck() {
        Comparison c = measured("fine-tune", "warm", -0.05, -0.06, -0.04);
        Hint h = hints(new NegativeTransferRule(), null, withComparisons(c)).get(0);
        assertEquals("fine-tuning hurt warm users in all 3 tries, by about 0.05 AUC; unlikely to be luck: what it "
                + "learnt from the source misleads it here (negative transfer)", h.plain());
        Comparison missed = measured("source-only", "all", -0.01, -0.09, -0.02, -0.07, -0.01);
        assertEquals(Verdict.NO_DIFFERENCE, missed.verdict());
        assertTrue(PlainWords.effect(missed).startsWith("the source model alone hurt all users in all 5 tries, by "
                + "about 0.04 AUC; it could still be luck"), PlainWords.effect(missed));
    }

    @Test
    void oneOrTwoTriesAreTooFewToTellFromLuck() {
        Comparison two = comparison("pooled", "cold", 2, Verdict.BETTER, 0.0512, false);
        assertEquals("pooling helped cold users (new to the target) in all 2 tries, by about 0.051 AUC; too few "
                + "tries to tell it from luck", PlainWords.effect(two));
        Hint seeds = hints(new FewSeedsRule(), null, results(List.of(1L), List.of(), List.of(), List.of(),
                List.of())).get(0);
        assertEquals("each strategy was tried once (one try per seed): a difference between strategies may be luck; "
                + "try each at least 3 times, better 5", seeds.plain());
    }

    @Test
    void dataHintsSayWhatTheNumbersMean() {
        Hint redundant = hints(new RedundantFeaturesRule(), diagnostics(List.of(), List.of(), List.of(),
                List.of(new CorrelatedPair("books", "u.age", "u.birthyear", -0.97, 100))), null).get(0);
        assertEquals("in books, u.age and u.birthyear move opposite almost in step (r = -0.97): they tell the model "
                + "the same thing twice, so keeping one is enough", redundant.plain());
        Hint imbalance = hints(new ImbalanceRule(), diagnostics(List.of(), List.of(stats(0.9)), List.of(), List.of()),
                null).get(0);
        assertEquals("90 in 100 ratings in books are likes, so a model that always guesses \"like\" is right 90 "
                + "times in 100 without learning anything; judge by AUC instead of accuracy", imbalance.plain());
        Hint far = hints(new DomainDistanceRule(), diagnostics(List.of(), List.of(), List.of(aDistance(1.8)),
                List.of()), withComparisons(measured("pooled", "cold", -0.05, -0.06, -0.04))).get(0);
        assertEquals("movies and books look very different: a classifier tells their rows apart easily, and pooling "
                + "hurt cold users (new to the target) in all 3 tries, by about 0.05 AUC; unlikely to be luck; prefer "
                + "feature or model transfer, instance weighting or joint training", far.plain());
    }

    @Test
    void overfittingAndLearningCurvesInEverydayWords() {
        ExperimentResults r = results(List.of(1L, 2L, 3L), List.of(), List.of(run(new OverfitFinding(4, 3, 0.02,
                0.05)), run(new OverfitFinding(6, 5, 0.02, 0.05)), run(null)), List.of(), List.of());
        assertEquals("with the target data alone, the fm model after pass 3 over the data, in 2 of 3 tries starts "
                + "to learn the training data by heart: it keeps getting better on it while it gets worse on data it "
                + "has not seen; a stronger penalty (L2) or stopping earlier fixes that",
                hints(new EpochOverfittingRule(), null, r).get(0).plain());
        ExperimentResults curves = results(List.of(1L, 2L, 3L), List.of(), List.of(), List.of(
                curve("target-only", 0.55, 0.62, 0.70), curve("pooled", 0.66, 0.68, 0.71)), List.of());
        assertEquals("with 100% of the target's training data, the target alone does about as well as pooling (AUC "
                + "0.70 against 0.71); with less target data, pooling is clearly ahead: transfer is worth most when "
                + "the target has little data", hints(new LearningCurveRule(), null, curves).get(0).plain());
    }

    @Test
    void everyRuleGivesAPlainForm() {
        for (Hint h : Hints.advise(new HintInputs(withComparisons(measured("pooled", "cold", 0.04, 0.05, 0.06),
                measured("source-only", "cold", -0.05, -0.06, -0.04)), quiet()))) {
            assertNotNull(h.plain(), h.rule());
        }
        assertEquals("only 1 seed", new Hint("few-seeds", "warning", "only 1 seed").plainOrMessage(),
                "results saved before plain words show the statistical form");
    }
}
