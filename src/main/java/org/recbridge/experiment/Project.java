package org.recbridge.experiment;

import java.nio.file.Path;
import java.util.List;
import org.recbridge.analysis.curves.AnalysisSettings;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.TransferStrategy;

/**
 * A validated project: typed settings with data paths resolved. Made by {@link ProjectIO#read}.
 *
 * @param file       the project file (results go beside it by default)
 * @param sources    source domains (empty when {@code split} is used)
 * @param target     the target domain (null when {@code split} is used)
 * @param split      one data set split into source and target by an item attribute, or null
 * @param analysis   learning curves and sweeps to run after the main run, or null for none
 */
public record Project(Path file, String name, List<DomainSource> sources, DomainSource target, AttributeSplit split,
                      TaskSettings task, ProtocolSettings protocol, List<LearnerSettings> learners,
                      List<TransferStrategy> strategies, List<Long> seeds, EvaluationSettings evaluation,
                      AnalysisSettings analysis) {

    /** A project without extra analyses. */
    public Project(Path file, String name, List<DomainSource> sources, DomainSource target, AttributeSplit split,
                   TaskSettings task, ProtocolSettings protocol, List<LearnerSettings> learners,
                   List<TransferStrategy> strategies, List<Long> seeds, EvaluationSettings evaluation) {
        this(file, name, sources, target, split, task, protocol, learners, strategies, seeds, evaluation, null);
    }

    /** @param data the whole data set; items whose {@code column} holds {@code sourceValue} form the source */
    public record AttributeSplit(DomainSource data, String column, String sourceValue, String targetValue) {
    }

    public Project withStrategies(List<TransferStrategy> s) {
        return new Project(file, name, sources, target, split, task, protocol, learners, s, seeds, evaluation, analysis);
    }

    public Project withSeeds(List<Long> s) {
        return new Project(file, name, sources, target, split, task, protocol, learners, strategies, s, evaluation,
                analysis);
    }

    public Project withProtocol(ProtocolSettings p) {
        return new Project(file, name, sources, target, split, task, p, learners, strategies, seeds, evaluation,
                analysis);
    }

    public Project withLearners(List<LearnerSettings> l) {
        return new Project(file, name, sources, target, split, task, protocol, l, strategies, seeds, evaluation,
                analysis);
    }

    public Project withAnalysis(AnalysisSettings a) {
        return new Project(file, name, sources, target, split, task, protocol, learners, strategies, seeds, evaluation,
                a);
    }
}
