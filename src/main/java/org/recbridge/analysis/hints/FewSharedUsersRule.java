package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.analysis.significance.Comparison;
import org.recbridge.data.Overlap;

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
                        o.sharedItems() > 0 ? " and shared items" : "")));
            } else if (o.sharedUsers() > 0 && o.sharedUserFraction() < FEW) {
                String inputs = String.format(Locale.ROOT, "only %.0f%% of target users (%d of %d) appear in source "
                        + "%s: feature transfer, fine-tuning and EMCDR reach few users", 100 * o.sharedUserFraction(),
                        o.sharedUsers(), o.targetUsers(), o.source());
                Comparison helps = MeasuredEffect.largest(MeasuredEffect.helps(in.results(), THROUGH_USERS));
                out.add(helps == null ? Hint.warning("few-shared-users", inputs + "; side features carry the rest")
                        : Hint.info("few-shared-users", inputs + ", but one still helps here: "
                                + MeasuredEffect.citeHelp(helps, in.results())));
            }
        }
        return out;
    }
}
