package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.data.Overlap;
import org.recbridge.util.Percent;

/**
 * Strategies that transfer through users reach only the users both domains know; with none, no user. Where the
 * run measured one of them helping anyway, the hint says so rather than leave the impression that it cannot.
 */
final class FewSharedUsersRule implements HintRule {
    static final double FEW = 0.10;
    /** The strategies that carry what they learn through shared users. */
    private static final Predicate<String> THROUGH_USERS = MeasuredEffect.strategyIn(Set.of("feature-transfer",
            "fine-tune", "emcdr", "hybrid"));

    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        for (Overlap o : Overlaps.of(in)) {
            if (o.sharedUsers() == 0 && (o.sharedItems() > 0 || !o.sharedFeatures().isEmpty())) {
                // with nothing shared at all NothingSharedRule says more
                out.add(Hint.warning("no-shared-users", String.format(Locale.ROOT, "no target user (0 of %d) appears "
                        + "in source %s: there is no cold-start group (the cold-start protocol tests no cold users), "
                        + "and only side features%s can transfer; strategies that go through users (feature transfer, "
                        + "EMCDR) have nothing to map", o.targetUsers(), o.source(),
                        o.sharedItems() > 0 ? " and shared items" : ""))
                        .plainly(String.format(Locale.ROOT, "none of the %d target users is in %s, so there are no "
                                + "cold-start users to help; only what the items have in common%s can carry over",
                                o.targetUsers(), o.source(), o.sharedItems() > 0 ? " (and the shared items)" : "")));
            } else if (o.sharedUsers() > 0 && o.sharedUserFraction() < FEW) {
                String inputs = String.format(Locale.ROOT, "only %s of target users (%d of %d) appear in source "
                        + "%s: feature transfer, fine-tuning and EMCDR reach few users", Percent.of(o.sharedUsers(), o.targetUsers()),
                        o.sharedUsers(), o.targetUsers(), o.source());
                String plain = String.format(Locale.ROOT, "only %d of the %d target users (%.0f%%) also rated in %s, "
                        + "so transfer that goes through users reaches few of them", o.sharedUsers(), o.targetUsers(),
                        100 * o.sharedUserFraction(), o.source());
                Comparison helps = MeasuredEffect.largest(MeasuredEffect.helps(in.results(), THROUGH_USERS));
                out.add(helps == null ? Hint.warning("few-shared-users", inputs + "; side features carry the rest")
                        .plainly(plain + "; the items' side features carry the rest")
                        : Hint.info("few-shared-users", inputs + ", but one still helps here: "
                                + MeasuredEffect.citeHelp(helps, in.results()))
                        .plainly(plain + "; still, " + PlainWords.effect(helps)));
            }
        }
        return out;
    }
}
