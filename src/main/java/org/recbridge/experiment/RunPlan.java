package org.recbridge.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.TaskKind;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;

/**
 * What a run will train, counted before it starts: the strategy × learner pairs that can run, times the seeds,
 * and the pairs skipped with why (e.g. emcdr needs factors, so it skips a linear learner). The runner skips the
 * same pairs with the same notes, so the count said up front is the count the run ends with.
 *
 * @param skipped one line per skipped pair, e.g. "skipped emcdr with linear: emcdr maps ... fm learner only"
 */
public record RunPlan(int strategies, int learners, int seeds, int trainings, List<String> skipped) {

    public RunPlan {
        skipped = List.copyOf(skipped);
    }

    public static RunPlan of(Project project) {
        return of(project.strategies(), project.learners().stream().map(LearnerSettings::kind).toList(),
                project.learners().stream().map(LearnerSettings::label).toList(), project.seeds().size(),
                project.task().kind());
    }

    /**
     * The plan of a project file as the window edits it, before validation: entries that do not resolve yet (an
     * unknown strategy or learner) count as runnable, since validation will refuse them when Run is pressed.
     */
    public static RunPlan of(ProjectFile p) {
        List<TransferStrategy> strategies = new ArrayList<>();
        for (StrategySpec spec : p.strategies) {
            strategies.add(resolved(spec));
        }
        List<LearnerKind> kinds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ProjectFile.LearnerSpec l : p.learners) {
            LearnerSettings settings = known(() -> ProjectValidator.learner(l, "learner"));
            kinds.add(settings == null ? null : settings.kind());
            labels.add(settings == null ? String.valueOf(l.type) : settings.label());
        }
        TaskKind task = known(() -> TaskKind.fromId(p.task.type));
        return of(strategies, kinds, labels, p.seeds.size(), task);
    }

    /** A null strategy, learner kind or task is one that does not resolve: nothing is skipped for it. */
    private static RunPlan of(List<TransferStrategy> strategies, List<LearnerKind> learners, List<String> labels,
                              int seeds, TaskKind task) {
        List<String> skipped = new ArrayList<>();
        int pairs = 0;
        for (TransferStrategy s : strategies) {
            for (int li = 0; li < learners.size(); li++) {
                String why = s == null || learners.get(li) == null || task == null ? null
                        : s.unsupported(learners.get(li), task);
                if (why == null) {
                    pairs++;
                } else {
                    skipped.add("skipped " + s.label() + " with " + labels.get(li) + ": " + why);
                }
            }
        }
        return new RunPlan(strategies.size(), learners.size(), seeds, pairs * seeds, skipped);
    }

    /**
     * E.g. "14 strategies × 3 learners × 1 seed = 39 trainings (3 pairs skipped)"; the skipped pairs and why are
     * in {@link #skipped()}.
     */
    public String headline() {
        String product = String.format(Locale.ROOT, "%d strateg%s × %d learner%s × %d seed%s", strategies,
                strategies == 1 ? "y" : "ies", learners, learners == 1 ? "" : "s", seeds, seeds == 1 ? "" : "s");
        int pairsSkipped = skipped.size();
        return String.format(Locale.ROOT, "%s = %d training%s%s", product, trainings, trainings == 1 ? "" : "s",
                pairsSkipped == 0 ? "" : String.format(Locale.ROOT, " (%d strategy × learner pair%s skipped)",
                        pairsSkipped, pairsSkipped == 1 ? "" : "s"));
    }

    private static TransferStrategy resolved(StrategySpec spec) {
        return spec == null ? null : known(() -> Strategies.create(spec.id(), spec.settings()));
    }

    private static <T> T known(java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
