package org.recbridge.analysis.hints;

import java.util.ArrayList;
import java.util.List;
import org.recbridge.data.Overlap;

/** A source that shares no users, items or side features with the target cannot transfer anything. */
final class NothingSharedRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        List<Hint> out = new ArrayList<>();
        for (Overlap o : Overlaps.of(in)) {
            if (o.sharedUsers() == 0 && o.sharedItems() == 0 && o.sharedFeatures().isEmpty()) {
                out.add(Hint.warning("nothing-shared", String.format("source %s and target %s share 0 users, 0 items "
                        + "and 0 side features: nothing can transfer; map the columns of both domains to common "
                        + "feature names or check the user ids", o.source(), o.target()))
                        .plainly(String.format("%s and %s have nothing in common (no user, item or side feature), "
                                + "so nothing learnt on %s can carry over to %s", o.source(), o.target(), o.source(),
                                o.target())));
            }
        }
        return out;
    }
}
