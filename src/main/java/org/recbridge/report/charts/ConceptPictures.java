package org.recbridge.report.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.FullRun;
import org.recbridge.analysis.WhatIf;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.analysis.diagnostics.Diagnostics;
import org.recbridge.analysis.diagnostics.DiagnosticsSettings;
import org.recbridge.chart.ComparisonChartFactory;
import org.recbridge.chart.CorrelationHeatMapChart;
import org.recbridge.chart.DomainHistogramsChart;
import org.recbridge.chart.ForestPlot;
import org.recbridge.chart.LearningCurveChart;
import org.recbridge.chart.StrategyPalette;
import org.recbridge.chart.TrainingCurveChart;
import org.recbridge.data.DataFormatException;
import org.recbridge.experiment.ExperimentResults;
import org.recbridge.experiment.ExperimentRunner;
import org.recbridge.experiment.ProjectException;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.RunInfo;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.lesson.ConceptCard;
import org.recbridge.lesson.Lesson;
import org.recbridge.synth.SyntheticRecipe;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The picture of a concept card: the card's lesson made again from its generator settings with fewer users, its
 * project's settings (task, protocol, first learner) kept, the card's strategies run on it, and the result drawn by
 * the workbench's own chart factories. A picture is then the lesson's effect in small, not stock art, and takes
 * seconds rather than the lesson's minute.
 */
public final class ConceptPictures {
    /** Users of a picture's pair: enough for a cold-start group and intervals, few enough for seconds. */
    public static final int USERS = 600;
    /** Seeds of a picture's run: the fewest the comparisons state an interval for. */
    static final List<Long> SEEDS = List.of(1L, 2L, 3L);

    private ConceptPictures() {
    }

    /**
     * Draws {@code card}'s picture from {@code lesson} (the card's lesson, with generated data).
     *
     * @throws IllegalArgumentException when the lesson has no generator settings or lacks a strategy of the card
     */
    public static JFreeChart draw(ConceptCard card, Lesson lesson, ProgressListener progress, CancelToken cancel)
            throws IOException, ProjectException, DataFormatException {
        ConceptCard.Picture picture = card.picture();
        if (lesson.generate() == null) {
            throw new IllegalArgumentException(lesson.id() + " has no generator settings to draw "
                    + card.concept().id() + "'s picture from");
        }
        SyntheticRecipe r = lesson.generate();
        SyntheticRecipe small = new SyntheticRecipe(r.settings().withUsers(Math.min(USERS, r.settings().users())),
                r.userColumns(), r.extraSources());
        ProjectFile lessonProject = ProjectIO.parse(lesson.project());
        return WhatIf.withPair(small, lesson.title(), p -> setUp(p, lessonProject, picture), (project, data) -> {
            if (!picture.trains()) {
                return dataPicture(picture, Diagnostics.compute(data, project.task(), DiagnosticsSettings.defaults(),
                        cancel));
            }
            ExperimentResults results = FullRun.run(project, data, ExperimentRunner.withAllCores(),
                    FullRun.afterImport(progress), cancel);
            return resultsPicture(picture, results);
        }, progress, cancel);
    }

    /** The lesson's settings on the small pair: its task, protocol and first learner, the card's strategies. */
    private static void setUp(ProjectFile p, ProjectFile lesson, ConceptCard.Picture picture) {
        p.task = lesson.task;
        p.protocol = lesson.protocol;
        p.linking = lesson.linking;
        p.evaluation = lesson.evaluation;
        p.learners = new ArrayList<>(List.of(lesson.learners.get(0)));
        if (picture.trains()) { // a picture of the data alone runs nothing: the project's strategies stay unused
            Map<String, StrategySpec> first = new LinkedHashMap<>();
            lesson.strategies.forEach(s -> first.putIfAbsent(s.id(), s));
            p.strategies = new ArrayList<>();
            for (String id : picture.strategies()) {
                if (!first.containsKey(id)) {
                    throw new IllegalArgumentException(picture.lesson() + "'s project has no strategy " + id);
                }
                p.strategies.add(first.get(id));
            }
            p.evaluation.baseline = picture.strategies().get(0);
        }
        p.seeds = new ArrayList<>(SEEDS);
        p.features = null;
        if (picture.chart() == ConceptCard.Chart.LEARNING_CURVE && lesson.analysis != null) {
            p.analysis = new ProjectFile.AnalysisSpec();
            p.analysis.budgets = lesson.analysis.budgets;
        } else {
            p.analysis = null;
        }
    }

    private static JFreeChart dataPicture(ConceptCard.Picture picture, DomainDiagnostics d) {
        if (picture.chart() == ConceptCard.Chart.DOMAINS) {
            return DomainHistogramsChart.create(d.domains(),
                    new StrategyPalette(d.domains().stream().map(DomainStats::domain).toList()));
        }
        return CorrelationHeatMapChart.create(d.correlations(), d.target(), d.settings().correlationThreshold());
    }

    private static JFreeChart resultsPicture(ConceptCard.Picture picture, ExperimentResults results) {
        String learner = results.summary().get(0).learner();
        String metric = results.metrics().get(0);
        StrategyPalette palette = ComparisonChartFactory.palette(results);
        return switch (picture.chart()) {
            case COMPARISON -> ComparisonChartFactory.chart(results, metric, learner);
            case DIFFERENCES -> ForestPlot.create(results, learner, palette, null);
            case TRAINING -> {
                List<RunInfo> runs = results.runs().stream().filter(r -> r.seed() == results.seeds().get(0)
                        && r.curve() != null).toList();
                yield TrainingCurveChart.create(runs, TrainingCurveChart.Measure.METRIC, palette);
            }
            case LEARNING_CURVE -> LearningCurveChart.create(results.learningCurves(), learner, "all", metric,
                    palette);
            default -> throw new IllegalStateException(picture.chart() + " is drawn from the data alone");
        };
    }
}
