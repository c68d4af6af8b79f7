package org.recbridge.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.analysis.diagnostics.FeatureSelection;
import org.recbridge.data.Domain;
import org.recbridge.features.BaselineFeatures;
import org.recbridge.features.DomainFeaturizer;
import org.recbridge.task.Labeller;
import org.recbridge.task.NegativeSampler;
import org.recbridge.task.RedrawnNegatives;
import org.recbridge.task.Row;
import org.recbridge.task.Splitter;
import org.recbridge.task.TargetSplit;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.transfer.SourceData;
import org.recbridge.transfer.TransferProblem;

/** Builds the per-seed {@link TransferProblem}: labelled source rows and the seeded target split. */
public final class ProblemBuilder {
    private final LoadedData data;
    private final TaskSettings task;
    private final List<Row> targetRows;
    private final Set<String> sourceUsers = new HashSet<>();
    private final DomainFeaturizer targetFeaturizer;
    private final List<DomainFeaturizer> sourceFeaturizers = new ArrayList<>();
    /** Each source's labelled rows: the same for every seed, so labelled once and shared by the seeds' problems. */
    private final List<List<Row>> sourceRows = new ArrayList<>();
    private final Project.FeatureSettings features;

    public ProblemBuilder(LoadedData data, TaskSettings task) {
        this(data, task, null);
    }

    /** @param features side-feature selection and baseline features applied per seed, or null for neither */
    public ProblemBuilder(LoadedData data, TaskSettings task, Project.FeatureSettings features) {
        this.data = data;
        this.task = task;
        this.features = features;
        this.targetRows = Labeller.label(data.target().name(), data.target().interactions(), task);
        this.targetFeaturizer = new DomainFeaturizer(data.target());
        for (Domain source : data.sources()) {
            sourceUsers.addAll(source.interactions().users().names());
            sourceFeaturizers.add(new DomainFeaturizer(source));
            sourceRows.add(List.copyOf(Labeller.label(source.name(), source.interactions(), task)));
        }
    }

    public TransferProblem build(ProtocolSettings protocol, long seed) {
        TargetSplit split = data.given() != null
                ? Splitter.given(data.target().interactions(), targetRows, data.given(), task, protocol, seed)
                : Splitter.split(data.target().interactions(), targetRows, sourceUsers, task, protocol, seed);
        DomainFeaturizer target = targetFeaturizer;
        List<DomainFeaturizer> sourceFeatures = sourceFeaturizers;
        if (features != null && features.topK() != null) {
            // ranked on this seed's target training rows only, so validation and test stay unseen
            Set<String> keep = FeatureSelection.topSideFeatures(targetFeaturizer, split.train(), task,
                    features.topK(), DiagnosticsSettings.defaults().withSeed(seed));
            target = targetFeaturizer.restrictedTo(keep);
            sourceFeatures = sourceFeaturizers.stream().map(f -> f.restrictedTo(keep)).toList();
        }
        if (features != null && features.baselineOn(task.kind())) {
            // the target's from this seed's training rows (strengths chosen on its validation rows); each source's
            // from all its rows with the same strengths, so a feature means the same in every domain
            BaselineFeatures targetBaseline = BaselineFeatures.fit(split.train(), split.validation(), task.kind(),
                    features.itemShrinkage(), features.userShrinkage());
            List<DomainFeaturizer> withBaselines = new ArrayList<>();
            BaselineFeatures borrowing = targetBaseline;
            for (int i = 0; i < sourceFeatures.size(); i++) {
                BaselineFeatures sourceBaseline = BaselineFeatures.fit(sourceRows.get(i), task.kind(),
                        targetBaseline.shrinkage());
                withBaselines.add(sourceFeatures.get(i).withBaseline(sourceBaseline));
                borrowing = borrowing.withUsersFrom(sourceBaseline); // cold-start users: their bias in a source
            }
            sourceFeatures = withBaselines;
            target = target.withBaseline(borrowing);
        }
        List<SourceData> sources = new ArrayList<>();
        for (int i = 0; i < data.sources().size(); i++) {
            Domain source = data.sources().get(i);
            List<Row> rows = sourceRows.get(i);
            if (task.kind() == TaskKind.IMPLICIT) {
                NegativeSampler sampler = new NegativeSampler(source.interactions().items().names(),
                        Splitter.observedItems(source.interactions()));
                rows = task.redraw() ? RedrawnNegatives.of(rows, sampler, task.negatives(), seed * 31 + i)
                        : sampler.withNegatives(rows, task.negatives(), new SplittableRandom(seed * 31 + i));
            }
            sources.add(new SourceData(source, rows, sourceFeatures.get(i)));
        }
        return new TransferProblem(sources, data.target(), split, target, task);
    }
}
