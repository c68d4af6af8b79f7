package org.recbridge.analysis.hints;

import java.util.List;

/** With fewer than three seeds there is no interval or paired test worth the name. */
final class FewSeedsRule implements HintRule {
    @Override
    public List<Hint> apply(HintInputs in) {
        if (in.results() == null || in.results().seeds().size() >= 3) {
            return List.of();
        }
        int n = in.results().seeds().size();
        return List.of(Hint.warning("few-seeds", "only " + n + " seed" + (n == 1 ? "" : "s") + ": differences between "
                + "strategies may be chance; run 3 or more seeds (5 recommended) for intervals and paired tests")
                .plainly("each strategy was tried " + (n == 1 ? "once" : "only twice") + " (one try per seed): a "
                        + "difference between strategies may be luck; try each at least 3 times, better 5"));
    }
}
