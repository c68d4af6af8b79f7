package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.analysis.diagnostics.ADistance;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.experiment.ExperimentResults;

/**
 * The proxy A-distance says whether source rows look like target rows, so whether pooling them is safe as far
 * as the inputs go. Inputs are not outcomes: where the run compared pooled with the baseline, the hint says what
 * was measured instead of guessing against it, so a distance never warns that pooling may hurt on data where
 * pooling measurably helps, nor calls pooling safe where it measurably hurts.
 */
final class DomainDistanceRule implements HintRule {
    static final double CLOSE = 0.5;
    static final double FAR = 1.5;
    static final String RULE = "domain-distance";
    private static final Predicate<String> POOLING = MeasuredEffect.strategyIn(Set.of("pooled"));

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        if (in.diagnostics() == null) {
            return out;
        }
        List<Comparison> helps = MeasuredEffect.helps(in.results(), POOLING);
        List<Comparison> hurts = MeasuredEffect.hurts(in.results(), POOLING);
        Citations cite = new Citations(in.results());
        for (ADistance a : in.diagnostics().aDistances()) {
            if (a.thin()) {
                out.add(Hint.info(RULE, String.format(Locale.ROOT, "the domains %s and %s share too little to be "
                        + "compared: only %.0f%% of one domain's %d sampled rows carry a feature the other has (%s), "
                        + "so the A-distance (%.2f) gives no verdict on pooling; missing evidence is not similarity, "
                        + "and pooled against target-only shows what pooling does", a.source(), a.target(),
                        100 * a.comparableRows(), a.rowsPerDomain(), a.groupsText(), a.aDistance())));
                continue;
            }
            if (!a.measured() || (a.aDistance() >= CLOSE && a.aDistance() <= FAR)) {
                continue;
            }
            String inputs = String.format(Locale.ROOT, "the domains %s and %s are %s (A-distance %.2f on %s; %d rows "
                    + "per domain)", a.source(), a.target(), a.aDistance() < CLOSE ? "hard to tell apart"
                    : "easy to tell apart", a.aDistance(), a.groupsText(), a.rowsPerDomain());
            String pair = a.source() + " and " + a.target();
            out.add(a.aDistance() < CLOSE ? close(inputs, helps, hurts, cite, pair)
                    .plainly(closePlain(pair + " look alike: a classifier can hardly tell their rows apart", helps,
                            hurts))
                    : far(inputs, helps, hurts, cite, pair)
                    .plainly(farPlain(pair + " look very different: a classifier tells their rows apart easily",
                            helps, hurts)));
        }
        return out;
    }

    private static Hint close(String inputs, List<Comparison> helps, List<Comparison> hurts, Citations cite,
                              String pair) {
        if (!hurts.isEmpty()) {
            return Hint.warning(RULE, inputs + ", yet pooling hurts here: " + cite.hurt(hurts.get(0), pair)
                    + "; the rows look alike but what users like differs, so prefer strategies that weigh the source "
                    + "by the target's own labels (fine-tuning, tradaboost); instance weighting judges rows by how "
                    + "they look and cannot tell these apart");
        }
        if (!helps.isEmpty()) {
            return Hint.info(RULE, inputs + ", and pooling helps here: " + cite.help(MeasuredEffect.largest(helps),
                    pair));
        }
        return Hint.info(RULE, inputs + ": pooling is safe as far as the inputs go; whether tastes agree shows in "
                + "pooled against target-only");
    }

    private static Hint far(String inputs, List<Comparison> helps, List<Comparison> hurts, Citations cite,
                            String pair) {
        if (!helps.isEmpty() && hurts.isEmpty()) {
            return Hint.info(RULE, inputs + ": the inputs differ, but pooling still helps here: "
                    + cite.help(MeasuredEffect.largest(helps), pair));
        }
        if (!hurts.isEmpty()) {
            return Hint.warning(RULE, inputs + ", and pooling hurts here: " + cite.hurt(hurts.get(0), pair)
                    + (helps.isEmpty() ? "" : " (while " + cite.help(MeasuredEffect.largest(helps), pair) + ")")
                    + "; prefer feature or model transfer, instance weighting or joint training");
        }
        return Hint.warning(RULE, inputs + ": pooling may hurt; prefer feature or model transfer, instance weighting "
                + "or joint training, and compare pooled with target-only to see");
    }

    private static String closePlain(String alike, List<Comparison> helps, List<Comparison> hurts) {
        if (!hurts.isEmpty()) {
            return alike + ", yet " + PlainWords.effect(hurts.get(0)) + ": the rows look alike but tastes differ, "
                    + "so prefer what weighs the source by the target's labels (fine-tuning, TrAdaBoost)";
        }
        if (!helps.isEmpty()) {
            return alike + ", and " + PlainWords.effect(MeasuredEffect.largest(helps));
        }
        return alike + ": mixing their data (pooling) is probably safe; pooled against target-only will tell";
    }

    private static String farPlain(String different, List<Comparison> helps, List<Comparison> hurts) {
        if (!helps.isEmpty() && hurts.isEmpty()) {
            return different + ", yet " + PlainWords.effect(MeasuredEffect.largest(helps));
        }
        if (!hurts.isEmpty()) {
            return different + ", and " + PlainWords.effect(hurts.get(0)) + "; prefer feature or model transfer, "
                    + "instance weighting or joint training";
        }
        return different + ": mixing their data (pooling) may hurt; compare pooled with target-only to see";
    }

    /**
     * Pooled's measured effect is the same whatever source a distance is about: with several sources, the first
     * hint states it and the others name it and point there, rather than each saying it again.
     */
    private static final class Citations {
        private final ExperimentResults results;
        private final Map<Comparison, String> statedOn = new HashMap<>();

        Citations(ExperimentResults results) {
            this.results = results;
        }

        String help(Comparison c, String pair) {
            // where the transfer-pays-off hint states it, every distance hint points there
            return MeasuredEffect.statedAsPayingOff(c, results) ? MeasuredEffect.citeHelp(c, results)
                    : cite(c, pair, MeasuredEffect.words(c));
        }

        String hurt(Comparison c, String pair) {
            return cite(c, pair, MeasuredEffect.words(c));
        }

        private String cite(Comparison c, String pair, String inFull) {
            String earlier = statedOn.putIfAbsent(c, pair);
            return earlier == null ? inFull : MeasuredEffect.name(c) + " (its effect is in the hint on " + earlier
                    + ")";
        }
    }
}
