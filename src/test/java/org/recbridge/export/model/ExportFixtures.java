package org.recbridge.export.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.experiment.Project;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticPair;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.Row;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A small synthetic experiment whose finished runs (with their models) are kept, for export tests. */
record ExportFixtures(Project project, LoadedData data, ExperimentResults results, List<ExperimentRunner.Outcome> outcomes) {
    /** Every built-in strategy: export supports them all. */
    static final String[] EXPORTABLE = {"target-only", "popularity", "source-only", "pooled", "fine-tune",
        "regularized-transfer", "joint", "instance-weighting", "tradaboost", "bias-transfer", "feature-transfer",
        "model-transfer", "hybrid", "ensemble", "multi-source", "emcdr"};

    static ExportFixtures run(TaskSettings task, String... strategies) {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(300)
                .withSourceItems(120).withTargetItems(100).withTargetInteractionsPerUser(6).withSeed(3));
        LearnerSettings linear = LearnerSettings.defaults(LearnerKind.LINEAR).withEpochs(5);
        LearnerSettings fm = LearnerSettings.defaults(LearnerKind.FM).withEpochs(5).withFactors(4);
        Project project = new Project(Path.of("export-test.json").toAbsolutePath(), "export test", List.of(), null,
                null, task, ProtocolSettings.defaults(), List.of(linear, fm),
                Arrays.stream(strategies).map(Strategies::byId).toList(), List.of(1L), EvaluationSettings.defaults(),
                Project.FeatureSettings.DEFAULT, null); // baseline features on, as a project has them by default
        LoadedData data = new LoadedData(List.of(pair.source()), pair.target(), List.of());
        List<ExperimentRunner.Outcome> kept = java.util.Collections.synchronizedList(new ArrayList<>());
        ExperimentResults results = new ExperimentRunner(2).run(project, data, ProgressListener.none(),
                CancelToken.none(), kept::add);
        return new ExportFixtures(project, data, results, List.copyOf(kept));
    }

    /** The seed's test rows, exactly as the runner evaluated them. */
    List<Row> testRows(long seed) {
        return new ProblemBuilder(data, project.task()).build(project.protocol(), seed).split().test();
    }

    ExportContext context() {
        return ExportContext.of(project, data);
    }
}
