package org.recbridge.analysis.diagnostics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.recbridge.features.EncodedRow;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.SelectedFeatureSet;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Ranks features by Tribuo's mRMR or JMI on rows labelled like (1) / dislike (0). Only features carried by
 * enough rows enter, at most {@code maxCandidates} of them: the mutual information of a rare feature is
 * noise, and Tribuo's selectors allocate features x rows ints, so both bounds keep memory small.
 */
public final class FeatureRanker {
    /** Carried by every row so no example is empty (Tribuo refuses those); never reported. */
    static final String CONSTANT = "ranking:constant";
    private static final Label LIKE = new Label("like");
    private static final Label DISLIKE = new Label("dislike");

    private FeatureRanker() {
    }

    /** @param candidate which feature names may be ranked (e.g. side features only) */
    public static FeatureRanking rank(List<EncodedRow> rows, Predicate<String> candidate, int count,
                                      DiagnosticsSettings settings) {
        Map<String, Integer> support = support(rows, candidate);
        List<String> candidates = support.entrySet().stream()
                .filter(e -> e.getValue() >= settings.minSupport())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.maxCandidates()).map(Map.Entry::getKey).toList();
        boolean likes = rows.stream().anyMatch(r -> r.label() >= 0.5);
        boolean dislikes = rows.stream().anyMatch(r -> r.label() < 0.5);
        if (!likes || !dislikes) {
            return new FeatureRanking(settings.method(), rows.size(), candidates.size(), List.of(),
                    "the rows hold only " + (likes ? "likes" : "dislikes") + ": nothing to rank against");
        }
        if (candidates.isEmpty()) {
            return new FeatureRanking(settings.method(), rows.size(), 0, List.of(),
                    "no feature is carried by " + settings.minSupport() + " or more sampled rows");
        }
        SelectedFeatureSet selected = settings.method().selector(Math.min(count, candidates.size()) + 1,
                settings.bins()).select(dataset(rows, new HashSet<>(candidates)));
        List<RankedFeature> ranked = new ArrayList<>();
        for (int i = 0; i < selected.featureNames().size() && ranked.size() < count; i++) {
            String name = selected.featureNames().get(i);
            if (!name.equals(CONSTANT)) {
                ranked.add(new RankedFeature(name, selected.featureScores().get(i), support.get(name)));
            }
        }
        return new FeatureRanking(settings.method(), rows.size(), candidates.size(), ranked, null);
    }

    private static Map<String, Integer> support(List<EncodedRow> rows, Predicate<String> candidate) {
        Map<String, Integer> support = new HashMap<>();
        for (EncodedRow r : rows) {
            for (String name : r.names()) {
                if (candidate.test(name)) {
                    support.merge(name, 1, Integer::sum);
                }
            }
        }
        return support;
    }

    private static MutableDataset<Label> dataset(List<EncodedRow> rows, Set<String> keep) {
        LabelFactory factory = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (EncodedRow r : rows) {
            ArrayExample<Label> e = new ArrayExample<>(r.label() >= 0.5 ? LIKE : DISLIKE);
            e.add(CONSTANT, 1.0);
            for (int i = 0; i < r.names().length; i++) {
                if (keep.contains(r.names()[i])) {
                    e.add(r.names()[i], r.values()[i]);
                }
            }
            examples.add(e);
        }
        return new MutableDataset<>(new ListDataSource<>(examples, factory,
                new SimpleDataSourceProvenance("recbridge ranking rows", factory)));
    }
}
