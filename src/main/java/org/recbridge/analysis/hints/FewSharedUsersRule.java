package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.data.Overlap;

/** Strategies that transfer through users reach only the users both domains know; with none, no user. */
final class FewSharedUsersRule implements HintRule {
    static final double FEW = 0.10;

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
                out.add(Hint.warning("few-shared-users", String.format(Locale.ROOT, "only %.0f%% of target users "
                        + "(%d of %d) appear in source %s: feature transfer, fine-tuning and EMCDR reach few users; "
                        + "side features carry the rest", 100 * o.sharedUserFraction(), o.sharedUsers(),
                        o.targetUsers(), o.source())));
            }
        }
        return out;
    }
}
