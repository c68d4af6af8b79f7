package org.recbridge.experiment;

import java.nio.file.Path;
import org.recbridge.analysis.curves.AnalysisSettings;
import org.recbridge.data.Linking;
import java.util.List;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.util.OutputCheck;

/**
 * A validated project: typed settings with data paths resolved. Made by {@link ProjectIO#read}.
 *
 * @param file       the project file (results go beside it by default)
 * @param sources    source domains (empty when {@code split} is used)
 * @param target     the target domain (null when {@code split} is used)
 * @param split      one data set split into source and target by an item attribute, or null
 * @param features   side-feature selection, or null to use every side feature
 * @param analysis   learning curves and sweeps to run after the main run, or null for none
 * @param linking    which user and item ids name the same user or item across domains
 * @param notes      what reading the file said worth showing with the results (e.g. an upgraded format version)
 */
public record Project(Path file, String name, List<DomainSource> sources, DomainSource target, AttributeSplit split,
                      TaskSettings task, ProtocolSettings protocol, List<LearnerSettings> learners,
                      List<TransferStrategy> strategies, List<Long> seeds, EvaluationSettings evaluation,
                      FeatureSettings features, AnalysisSettings analysis, Linking linking, List<String> notes) {
    public Project {
        notes = List.copyOf(notes);
        seeds = checkedSeeds(seeds);
        // results are keyed by label: two entries under one label would be one run counted twice
        refuseRepeated(learners.stream().map(LearnerSettings::label).toList(), "learners");
        refuseRepeated(strategies.stream().map(TransferStrategy::label).toList(), "strategies");
    }

    private static void refuseRepeated(List<String> labels, String field) {
        int[] at = repeatedAt(labels);
        if (at != null) {
            throw new IllegalArgumentException(String.format("%s[%d]: %s is already %s[%d]; give it other settings or "
                    + "leave it out", field, at[1], labels.get(at[1]), field, at[0]));
        }
    }

    /** The first value given again: {where it was first, where again}, or null when every value is new. */
    public static int[] repeatedAt(List<String> values) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer before = first.putIfAbsent(values.get(i), i);
            if (before != null) {
                return new int[] {before, i};
            }
        }
        return null;
    }

    /** Each seed once: a repeated seed would count one split twice and shrink the intervals for nothing. */
    private static List<Long> checkedSeeds(List<Long> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("seeds: at least one seed is needed");
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            Long seed = seeds.get(i);
            if (seed == null) {
                throw new IllegalArgumentException("seeds[" + i + "]: missing");
            }
            if (!seen.add(seed)) {
                throw new IllegalArgumentException("seeds: seed " + seed + " is given twice; give each seed once");
            }
        }
        return List.copyOf(seeds);
    }

    /**
     * The files a run of this project reads, each with what it is: the project file and every data file. An output
     * is never one of them ({@link OutputCheck}).
     */
    public OutputCheck.Inputs inputs() {
        java.util.Map<Path, String> files = new java.util.LinkedHashMap<>();
        if (file != null) {
            files.put(file, "the project file");
        }
        List<DomainSource> domains = new java.util.ArrayList<>(sources);
        domains.add(target);
        if (split != null) {
            domains.add(split.data());
        }
        for (DomainSource d : domains) {
            if (d == null) {
                continue;
            }
            input(files, d.interactions(), "the data file of domain " + d.name());
            input(files, d.users(), "the user table of domain " + d.name());
            input(files, d.items(), "the item table of domain " + d.name());
        }
        return new OutputCheck.Inputs(files);
    }

    private static void input(java.util.Map<Path, String> files, Path file, String what) {
        if (file != null) {
            files.putIfAbsent(file, what);
        }
    }

    /** A project with the default linking and nothing to note. */
    public Project(Path file, String name, List<DomainSource> sources, DomainSource target, AttributeSplit split,
                   TaskSettings task, ProtocolSettings protocol, List<LearnerSettings> learners,
                   List<TransferStrategy> strategies, List<Long> seeds, EvaluationSettings evaluation,
                   FeatureSettings features, AnalysisSettings analysis) {
        this(file, name, sources, target, split, task, protocol, learners, strategies, seeds, evaluation, features,
                analysis, Linking.DEFAULT, List.of());
    }

    /** A project without feature selection or extra analyses. */
    public Project(Path file, String name, List<DomainSource> sources, DomainSource target, AttributeSplit split,
                   TaskSettings task, ProtocolSettings protocol, List<LearnerSettings> learners,
                   List<TransferStrategy> strategies, List<Long> seeds, EvaluationSettings evaluation) {
        this(file, name, sources, target, split, task, protocol, learners, strategies, seeds, evaluation, null, null);
    }

    /** @param data the whole data set; items whose {@code column} holds {@code sourceValue} form the source */
    public record AttributeSplit(DomainSource data, String column, String sourceValue, String targetValue) {
    }

    /**
     * How rows become features. Side-feature selection: keep the {@code topK} side features ranked highest (mRMR)
     * on each seed's target training rows, ids always kept (null: keep all). Baseline features (item quality, user
     * bias; see {@link org.recbridge.features.BaselineFeatures}): {@code baseline} null means on where the target has
     * ratings; the shrinkage strengths are chosen on validation rows where null.
     */
    public record FeatureSettings(Integer topK, Boolean baseline, Double itemShrinkage, Double userShrinkage)
            implements java.io.Serializable {
        /** Every side feature, baseline features where the data has ratings, strengths chosen on validation. */
        public static final FeatureSettings DEFAULT = new FeatureSettings(null, null, null, null);

        public FeatureSettings {
            if (topK != null && topK < 1) {
                throw new IllegalArgumentException("features.topK must be at least 1, got " + topK);
            }
            shrinkage("features.itemShrinkage", itemShrinkage);
            shrinkage("features.userShrinkage", userShrinkage);
        }

        /** Feature selection keeping {@code topK} side features, the rest by default. */
        public FeatureSettings(int topK) {
            this(topK, null, null, null);
        }

        /** Whether the baseline features are on for a task of this kind. */
        public boolean baselineOn(org.recbridge.task.TaskKind kind) {
            return baseline != null ? baseline : kind != org.recbridge.task.TaskKind.IMPLICIT;
        }

        private static void shrinkage(String field, Double value) {
            if (value != null && !(value >= 0 && value <= 1e6)) {
                throw new IllegalArgumentException(field + " must be between 0 and 1000000, got " + value);
            }
        }
    }

    public Project withStrategies(List<TransferStrategy> s) {
        return new Project(file, name, sources, target, split, task, protocol, learners, s, seeds, evaluation,
                features, analysis, linking, notes);
    }

    public Project withSeeds(List<Long> s) {
        return new Project(file, name, sources, target, split, task, protocol, learners, strategies, s, evaluation,
                features, analysis, linking, notes);
    }

    public Project withProtocol(ProtocolSettings p) {
        return new Project(file, name, sources, target, split, task, p, learners, strategies, seeds, evaluation,
                features, analysis, linking, notes);
    }

    public Project withLearners(List<LearnerSettings> l) {
        return new Project(file, name, sources, target, split, task, protocol, l, strategies, seeds, evaluation,
                features, analysis, linking, notes);
    }

    public Project withAnalysis(AnalysisSettings a) {
        return new Project(file, name, sources, target, split, task, protocol, learners, strategies, seeds, evaluation,
                features, a, linking, notes);
    }
}
