package org.recbridge.ui.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.project.ProjectDocument;

/**
 * The experiment screen: task, protocol, seeds, learners, strategies and evaluation of the open project.
 * Every edit is tried on a copy of the project and applied only if the validator accepts it; otherwise the
 * validator's message is shown at the field and the project keeps its old value.
 */
public final class ExperimentViewModel {
    public static final List<String> TASKS = List.of("classification", "regression", "implicit");
    public static final List<String> PROTOCOLS = List.of("warm", "cold-start", "given");
    public static final List<String> USER_LINKS = List.of("by-id", "none", "first-n");
    public static final List<String> ITEM_LINKS = List.of("per-domain", "shared");
    /** features.baseline: auto (on where the target has ratings), on, off. */
    public static final List<String> BASELINE_FEATURES = List.of("auto", "on", "off");
    /** task.redrawNegatives: auto (yes for the implicit task), yes, no. */
    public static final List<String> REDRAW = List.of("auto", "yes", "no");
    public static final List<String> RANKINGS = List.of("sampled-per-user", "sampled-per-pair", "full");
    public static final List<String> LEARNER_TYPES = List.of("linear", "fm");
    /** "strategies[2].targetEpochs" in a validator message: the setting the message is about. */
    private static final Pattern SETTING_FIELD = Pattern.compile("^strategies\\[\\d+]\\.(\\w+):");

    private final ProjectDocument document;
    private final DialogService dialogs;
    private final ValidatedEdits edits;
    private final List<ProjectField> fields = new ArrayList<>();
    private final ProjectField name;
    private final ProjectField taskType;
    private final ProjectField likeThreshold;
    private final ProjectField taskNegatives;
    private final ProjectField protocolType;
    private final ProjectField coldStartFraction;
    private final ProjectField targetBudget;
    private final ProjectField train;
    private final ProjectField validation;
    private final ProjectField test;
    private final ProjectField seeds;
    private final ProjectField k;
    private final ProjectField evaluationNegatives;
    private final ProjectField baseline;
    private final ProjectField alpha;
    private final ProjectField minimumEffect;
    private final ProjectField ranking;
    private final ProjectField validationFile;
    private final ProjectField testFile;
    private final ProjectField coldUsers;
    private final ProjectField sharedUsers;
    private final ProjectField linkUsers;
    private final ProjectField linkItems;
    private final ProjectField description;
    private final ProjectField topK;
    private final ProjectField redrawNegatives;
    private final ProjectField baselineFeatures;
    private final ProjectField itemShrinkage;
    private final ProjectField userShrinkage;
    private final ProjectField budgets;
    private final ProjectField l2Sweep;
    private final ProjectField factorSweep;
    private final ProjectField sweepStrategy;
    private final ProjectField sweepLearner;

    private final ObservableList<LearnerEntry> learners = FXCollections.observableArrayList();
    /** Read-only views kept in fields: a wrapper made per call listens weakly and can be collected. */
    private final ObservableList<LearnerEntry> learnersReadOnly = FXCollections.unmodifiableObservableList(learners);
    private final ReadOnlyStringWrapper learnersError = new ReadOnlyStringWrapper("");

    /** The project's strategies as entries, in order (refreshed with the project). */
    private final List<StrategyEntry> entries = new ArrayList<>();
    private final ObservableList<String> chosenIds = FXCollections.observableArrayList();
    private final ObservableList<String> chosenIdsReadOnly = FXCollections.unmodifiableObservableList(chosenIds);
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final ObservableList<String> labelsReadOnly = FXCollections.unmodifiableObservableList(labels);
    private final ObjectProperty<String> selectedStrategy = new SimpleObjectProperty<>();
    private final ObservableList<StrategyEntry> configurations = FXCollections.observableArrayList();
    private final ObservableList<StrategyEntry> configurationsReadOnly = FXCollections.unmodifiableObservableList(configurations);
    private final ObjectProperty<StrategyEntry> selectedConfiguration = new SimpleObjectProperty<>();
    private final ObservableList<SettingDraft> drafts = FXCollections.observableArrayList();
    private final ObservableList<SettingDraft> draftsReadOnly = FXCollections.unmodifiableObservableList(drafts);
    private final ReadOnlyStringWrapper strategiesError = new ReadOnlyStringWrapper("");

    public ExperimentViewModel(ProjectDocument document, DialogService dialogs) {
        this.document = document;
        this.dialogs = dialogs;
        this.edits = new ValidatedEdits(document);
        name = field("name", "Project name", "Shown in the window title and in results.", null,
                f -> f.name, (f, t) -> f.name = t.trim());
        taskType = field("task.type", "Task", "classification: like (rating at or above the threshold) or not; "
                + "regression: the rating itself; implicit: observed pairs against sampled unobserved items.", null,
                f -> f.task.type, (f, t) -> f.task.type = t);
        likeThreshold = field("task.likeThreshold", "Like threshold", "A rating at or above it counts as a like.",
                null, f -> FieldText.of(f.task.likeThreshold), (f, t) -> f.task.likeThreshold = FieldText.number(t));
        taskNegatives = field("task.negatives", "Negatives per positive", "Implicit task: unobserved items sampled "
                + "as negatives for each observed pair (seeded).", null, f -> FieldText.of(f.task.negatives),
                (f, t) -> f.task.negatives = FieldText.integer(t));
        redrawNegatives = field("task.redrawNegatives", "Redraw negatives", "Implicit task: draw the training "
                + "negatives afresh each epoch (seeded), as the papers do; no: drawn once per seed. auto: yes for the "
                + "implicit task.", null,
                f -> f.task.redrawNegatives == null ? "auto" : f.task.redrawNegatives ? "yes" : "no",
                (f, t) -> f.task.redrawNegatives = switch (t.strip()) {
                    case "yes" -> Boolean.TRUE;
                    case "no" -> Boolean.FALSE;
                    case "auto", "" -> null;
                    default -> throw new IllegalArgumentException("task.redrawNegatives must be auto, yes or no");
                });
        protocolType = field("protocol.type", "Protocol", "warm: every target user keeps some training rows; "
                + "cold-start: a fraction of the users shared with the source have all their target rows in test.",
                null, f -> f.protocol.type, (f, t) -> f.protocol.type = t);
        coldStartFraction = field("protocol.coldStartFraction", "Cold-start fraction", "Cold-start protocol: the "
                + "share of shared users whose target rows all go to test.", null,
                f -> FieldText.of(f.protocol.coldStartFraction), (f, t) -> f.protocol.coldStartFraction = FieldText.number(t));
        targetBudget = field("protocol.targetBudget", "Target budget", "The share of the target's training rows "
                + "kept (1 keeps all): fewer target labels, as in a learning curve.", null,
                f -> FieldText.of(f.protocol.targetBudget), (f, t) -> f.protocol.targetBudget = FieldText.number(t));
        // the three shares add up to 1: train and validation are typed, test takes the rest (and typing test
        // takes it from train)
        train = field("protocol.train", "Train", "Per-user share of the target rows for training.", null,
                f -> FieldText.of(f.protocol.train), (f, t) -> {
                    f.protocol.train = FieldText.number(t);
                    f.protocol.test = FieldText.clean(1 - f.protocol.train - f.protocol.validation);
                });
        validation = field("protocol.validation", "Validation", "Per-user share for validation: early stopping "
                + "and every choice of settings use it, never test.", null, f -> FieldText.of(f.protocol.validation),
                (f, t) -> {
                    f.protocol.validation = FieldText.number(t);
                    f.protocol.test = FieldText.clean(1 - f.protocol.train - f.protocol.validation);
                });
        test = field("protocol.test", "Test", "Per-user share for test: what results report.", null,
                f -> FieldText.of(f.protocol.test), (f, t) -> {
                    f.protocol.test = FieldText.number(t);
                    f.protocol.train = FieldText.clean(1 - f.protocol.validation - f.protocol.test);
                });
        validationFile = field("protocol.validationFile", "Validation file", "Protocol given: the target's "
                + "validation rows, read as its interactions file (which then holds the training rows); a path "
                + "relative to the project.", "none", f -> f.protocol.validationFile,
                (f, t) -> f.protocol.validationFile = t.isBlank() ? null : t.trim());
        testFile = field("protocol.testFile", "Test file", "Protocol given: the target's test rows; every seed "
                + "trains and tests on exactly the files' rows.", "none", f -> f.protocol.testFile,
                (f, t) -> f.protocol.testFile = t.isBlank() ? null : t.trim());
        coldUsers = field("protocol.coldUsers", "Cold users file", "Protocol given: a file of cold user ids, one "
                + "per line; empty: the test users without a target training row.", "derived",
                f -> f.protocol.coldUsers, (f, t) -> f.protocol.coldUsers = t.isBlank() ? null : t.trim());
        seeds = field("seeds", "Seeds", "Each seed is one complete repetition (split, sampling, training); results "
                + "show mean and 95% interval over seeds, and comparisons pair them.", null,
                f -> f.seeds.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                (f, t) -> f.seeds = new ArrayList<>(FieldText.longs(t)));
        k = field("evaluation.k", "K (HR@K, NDCG@K)", "Ranking metrics count a hit when the held-out item is in "
                + "the top K; one K or several (1, 5, 10, 20), each computed and kept in results (tables show K = 10 "
                + "or the largest).", null, f -> f.evaluation.k.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")), (f, t) -> f.evaluation.k = new ArrayList<>(FieldText.integers(t)));
        ranking = field("evaluation.ranking", "Ranking protocol", "sampled-per-user: a user's held-out items against "
                + "shared sampled unseen items, averaged per user; sampled-per-pair: each test pair against its own "
                + "negatives drawn from the training items with replacement, averaged per pair (CDRIB, EMCDR); full: "
                + "against every item, with Recall@K and MAP@K (RecBole).", null, f -> f.evaluation.ranking,
                (f, t) -> f.evaluation.ranking = t);
        evaluationNegatives = field("evaluation.negatives", "Ranking negatives", "Items the user never interacted "
                + "with, sampled to rank each held-out liked item against.", null,
                f -> FieldText.of(f.evaluation.negatives), (f, t) -> f.evaluation.negatives = FieldText.integer(t));
        baseline = field("evaluation.baseline", "Baseline", "Every strategy is compared with it, paired by seed: "
                + "a strategy id or the label of one of the project's strategies.", null,
                f -> f.evaluation.baseline, (f, t) -> f.evaluation.baseline = t.trim());
        alpha = field("evaluation.alpha", "Significance level", "A difference is called better or worse when the "
                + "paired t-test's p is below it.", null, f -> FieldText.of(f.evaluation.alpha),
                (f, t) -> f.evaluation.alpha = FieldText.number(t));
        minimumEffect = field("evaluation.minimumEffect", "Minimum effect", "The smallest loss against the baseline "
                + "that counts as negative transfer (with a WORSE verdict or a loss on every seed); empty: 0.005 "
                + "for AUC-like metrics, 0.01 for RMSE and MAE.", "default by metric",
                f -> FieldText.of(f.evaluation.minimumEffect),
                (f, t) -> f.evaluation.minimumEffect = t.isBlank() ? null : FieldText.number(t));
        linkUsers = field("linking.users", "Users across domains", "by-id: a user id names the same person in "
                + "every domain (the field's standard: shared users carry what they did in the source); none: "
                + "the domains' users are different people; first-n: ids 0 to n - 1 (Shared user ids) by id, the "
                + "others per domain.", null, f -> f.linking.users, (f, t) -> f.linking.users = t);
        sharedUsers = field("linking.sharedUsers", "Shared user ids", "Users first-n: user ids 0 to n - 1 are "
                + "the same person in every domain, the others belong to their domain (as CDRIB numbers its Amazon "
                + "pairs).", "none", f -> FieldText.of(f.linking.sharedUsers),
                (f, t) -> f.linking.sharedUsers = FieldText.optionalInteger(t));
        linkItems = field("linking.items", "Items across domains", "per-domain: item 38 of the source is not "
                + "item 38 of the target (two catalogues numbered alike); shared: the domains rate one catalogue "
                + "(e.g. the same movies on two sites).", null, f -> f.linking.items, (f, t) -> f.linking.items = t);
        description = field("description", "Description", "A note for the people who read the project; the run "
                + "does not use it.", "optional", f -> f.description == null ? "" : f.description,
                (f, t) -> f.description = t.isBlank() ? null : t.strip());
        topK = sectionField(FEATURES, "features.topK", "Keep top K features", "Keeps only the K side features ranked highest "
                + "(mRMR) on each seed's target training rows; empty: every side feature is used.", "all features",
                x -> FieldText.of(x.topK), (x, t) -> x.topK = FieldText.optionalInteger(t));
        baselineFeatures = sectionField(FEATURES, "features.baseline", "Baseline features", "Adds each item's quality (shrunk "
                + "mean rating, like rate, count, bias) and each user's bias in the domain, from training rows only, "
                + "to every strategy's features. auto: on where the target has ratings (implicit data: counts only "
                + "when on).", null, x -> x.baseline == null ? "auto" : x.baseline ? "on" : "off",
                (x, t) -> x.baseline = switch (t.strip()) {
                    case "on" -> Boolean.TRUE;
                    case "off" -> Boolean.FALSE;
                    case "auto", "" -> null;
                    default -> throw new IllegalArgumentException("features.baseline must be auto, on or off");
                });
        itemShrinkage = sectionField(FEATURES, "features.itemShrinkage", "Item shrinkage", "Pseudo-ratings of the global "
                + "mean added to every item's numbers, so an item rated twice is not taken at its word; empty: chosen "
                + "on each seed's validation rows.", "chosen on validation", x -> FieldText.of(x.itemShrinkage),
                (x, t) -> x.itemShrinkage = FieldText.optionalNumber(t));
        userShrinkage = sectionField(FEATURES, "features.userShrinkage", "User shrinkage", "The same for each user's bias; "
                + "empty: chosen on each seed's validation rows.", "chosen on validation",
                x -> FieldText.of(x.userShrinkage), (x, t) -> x.userShrinkage = FieldText.optionalNumber(t));
        budgets = sectionField(ANALYSIS, "analysis.budgets", "Learning-curve budgets", "Shares of the target's training "
                + "rows, e.g. 0.1, 0.25, 0.5, 1: every strategy x learner x seed runs again at each, for a "
                + "learning curve; empty: none.", "none", a -> FieldText.list(a.budgets),
                (a, t) -> a.budgets = FieldText.noneIfEmpty(FieldText.numbers(t)));
        l2Sweep = sectionField(ANALYSIS, "analysis.l2Sweep", "L2 sweep", "L2 values to train the sweep's strategy and "
                + "learner with, e.g. 0.1, 0.01, 0.001, 0; each is reported (on validation and test); empty: none.",
                "none", a -> FieldText.list(a.l2Sweep), (a, t) -> a.l2Sweep = FieldText.noneIfEmpty(FieldText.numbers(t)));
        factorSweep = sectionField(ANALYSIS, "analysis.factorSweep", "Factor sweep", "Factor sizes to train the sweep's "
                + "strategy with an fm learner, e.g. 2, 8, 32; empty: none.", "none",
                a -> FieldText.list(a.factorSweep), (a, t) -> a.factorSweep = FieldText.noneIfEmpty(FieldText.integers(t)));
        sweepStrategy = sectionField(ANALYSIS, "analysis.sweepStrategy", "Sweep strategy", "The strategy the sweeps train.",
                null, a -> a.sweepStrategy, (a, t) -> a.sweepStrategy = t.strip());
        sweepLearner = sectionField(ANALYSIS, "analysis.sweepLearner", "Sweep learner", "The learner the sweeps train: an "
                + "index into the learners (0, 1, …) or a type (linear, fm); empty: the first learner, or the first "
                + "fm learner for a factor sweep.", "first learner (fm for factors)",
                a -> a.sweepLearner == null ? "" : a.sweepLearner,
                (a, t) -> a.sweepLearner = t.isBlank() ? null : t.strip());
        selectedStrategy.addListener((obs, old, now) -> showConfigurations());
        selectedConfiguration.addListener((obs, old, now) -> loadDrafts());
        document.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private ProjectField field(String path, String label, String description, String defaultText,
                               Function<ProjectFile, String> read, BiConsumer<ProjectFile, String> write) {
        ProjectField f = new ProjectField(path, label, description, defaultText, read, write, edits);
        fields.add(f);
        return f;
    }

    /**
     * An optional section of the project file (features, analysis): made by the first value given and left out
     * again when nothing in it is set, so a project that uses none keeps no empty section.
     */
    private record Section<S>(Function<ProjectFile, S> get, BiConsumer<ProjectFile, S> put,
                              java.util.function.Supplier<S> make, java.util.function.Predicate<S> empty) {
        S of(ProjectFile f) {
            S s = get.apply(f);
            return s == null ? make.get() : s;
        }
    }

    private static final Section<ProjectFile.FeaturesSpec> FEATURES = new Section<>(f -> f.features,
            (f, s) -> f.features = s, ProjectFile.FeaturesSpec::new,
            x -> x.topK == null && x.baseline == null && x.itemShrinkage == null && x.userShrinkage == null);
    private static final Section<ProjectFile.AnalysisSpec> ANALYSIS = new Section<>(f -> f.analysis,
            (f, s) -> f.analysis = s, ProjectFile.AnalysisSpec::new,
            a -> a.budgets == null && a.l2Sweep == null && a.factorSweep == null && a.sweepLearner == null
                    && new ProjectFile.AnalysisSpec().sweepStrategy.equals(a.sweepStrategy));

    /** A field of an optional section. */
    private <S> ProjectField sectionField(Section<S> section, String path, String label, String description,
                                          String defaultText, Function<S, String> read, BiConsumer<S, String> write) {
        return field(path, label, description, defaultText, f -> read.apply(section.of(f)), (f, t) -> {
            S s = section.of(f);
            write.accept(s, t);
            section.put().accept(f, section.empty().test(s) ? null : s);
        });
    }

    // ---- learners

    /**
     * Sets one field by its path ({@code learners[0].l2}), as a lesson's tour does, through the same validator as
     * the screen's fields; returns null, or why the value was refused (the project unchanged).
     */
    public String set(String field, com.fasterxml.jackson.databind.JsonNode value) {
        return edits.apply(field, f -> org.recbridge.experiment.ProjectFields.setIn(f, field, value));
    }

    /**
     * Adds a learner of {@code type} with its default settings, or, when the project has that learner already,
     * with the first other setting not taken (fm: twice the factors; linear: ten times less L2): two identical
     * learners would be one run counted twice, which the validator refuses.
     */
    public void addLearner(String type) {
        ProjectFile.LearnerSpec spec = new ProjectFile.LearnerSpec();
        spec.type = type;
        LearnerSettings d = defaults(type);
        java.util.Set<String> taken = new java.util.HashSet<>(learnerLabels(edits.project()));
        for (int step = 1; step < 10 && taken.contains(labelOf(spec)); step++) {
            if (LearnerKind.FM.id().equals(type)) {
                spec.factors = d.factors() << step;
            } else {
                spec.l2 = d.l2() / Math.pow(10, step);
            }
        }
        learnersError.set(orEmpty(edits.apply("learners", f -> f.learners.add(spec))));
    }

    private static List<String> learnerLabels(ProjectFile f) {
        return f.learners.stream().map(ExperimentViewModel::labelOf).toList();
    }

    /** The label the validator gives the learner, or its type while a setting is not valid. */
    private static String labelOf(ProjectFile.LearnerSpec l) {
        try {
            return ProjectValidator.learner(l, "learner").label();
        } catch (IllegalArgumentException e) {
            return String.valueOf(l.type);
        }
    }

    public void removeLearner(int index) {
        learnersError.set(orEmpty(edits.apply("learners", f -> f.learners.remove(index))));
    }

    private List<LearnerEntry> learnerEntries(ProjectFile f) {
        List<LearnerEntry> out = new ArrayList<>();
        for (int i = 0; i < f.learners.size(); i++) {
            int at = i;
            String type = f.learners.get(i).type;
            LearnerSettings d = defaults(type);
            String p = "learners[" + i + "].";
            List<ProjectField> settings = new ArrayList<>();
            settings.add(learnerField(p + "epochs", "Epochs", "The most epochs that run; the one kept is chosen on "
                    + "validation (early stopping).", String.valueOf(d.epochs()),
                    l -> FieldText.of(l.epochs), (l, t) -> l.epochs = FieldText.optionalInteger(t), at));
            settings.add(learnerField(p + "learningRate", "Learning rate", "AdaGrad's initial step size.",
                    FieldText.of(d.learningRate()), l -> FieldText.of(l.learningRate),
                    (l, t) -> l.learningRate = FieldText.optionalNumber(t), at));
            settings.add(learnerField(p + "l2", "L2", "Weight decay: larger values fit the training rows less "
                    + "closely.", FieldText.of(d.l2()), l -> FieldText.of(l.l2), (l, t) -> l.l2 = FieldText.optionalNumber(t), at));
            if (LearnerKind.FM.id().equals(type)) {
                settings.add(learnerField(p + "factors", "Factors", "Size of the factorization machine's latent "
                        + "factors.", String.valueOf(d.factors()), l -> FieldText.of(l.factors),
                        (l, t) -> l.factors = FieldText.optionalInteger(t), at));
                settings.add(learnerField(p + "loss", "Loss", "Implicit task: bpr ranks each observed item above "
                        + "the negatives drawn for it (Rendle et al. 2009); log: the log loss of each row.", "log",
                        l -> l.loss == null ? "" : l.loss, (l, t) -> l.loss = t.isBlank() ? null : t.strip(), at));
            }
            settings.add(learnerField(p + "patience", "Patience", "Epochs without a validation gain before "
                    + "training stops.", String.valueOf(d.patience()), l -> FieldText.of(l.patience),
                    (l, t) -> l.patience = FieldText.optionalInteger(t), at));
            out.add(new LearnerEntry(i, type, List.copyOf(settings)));
        }
        return out;
    }

    private ProjectField learnerField(String path, String label, String description, String defaultText,
                                      Function<ProjectFile.LearnerSpec, String> read,
                                      BiConsumer<ProjectFile.LearnerSpec, String> write, int index) {
        return new ProjectField(path, label, description, "default " + defaultText,
                f -> index < f.learners.size() ? read.apply(f.learners.get(index)) : "",
                (f, t) -> write.accept(f.learners.get(index), t), edits);
    }

    private static LearnerSettings defaults(String type) {
        try {
            return LearnerSettings.defaults(LearnerKind.fromId(type));
        } catch (IllegalArgumentException e) {
            return LearnerSettings.defaults(LearnerKind.LINEAR);
        }
    }

    // ---- strategies

    /** Every registered strategy, for the checklist; the description says what it does and when it helps. */
    public List<TransferStrategy> strategyChoices() {
        return Strategies.all();
    }

    /** The one-click explanation of a strategy: what it does, when it helps and hurts, and its settings. */
    public void explainStrategy(String id) {
        TransferStrategy s = Strategies.byId(id);
        String settings = s.settings().isEmpty() ? "It has no settings."
                : "Settings:\n" + s.settings().stream().map(x -> "  " + x.describe()).collect(Collectors.joining("\n"));
        dialogs.showInformation(id, s.description() + "\n\n" + settings);
    }

    /** Checks or unchecks a strategy: checking adds it with default settings, unchecking removes every entry. */
    public boolean setChosen(String id, boolean chosen) {
        if (chosen == chosenIds.contains(id)) {
            return true;
        }
        String problem = chosen
                ? edits.apply("strategies", f -> f.strategies.add(StrategySpec.of(id)))
                : edits.apply("strategies", f -> f.strategies.removeIf(s -> s.id().equals(id)));
        strategiesError.set(orEmpty(problem));
        return problem == null;
    }

    /** Gives the selected configuration the settings typed (or adds it when the strategy has none yet). */
    public boolean applySettings() {
        StrategyEntry entry = selectedConfiguration.get();
        String id = selectedStrategy.get();
        if (id == null) {
            return false;
        }
        StrategySpec spec = new StrategySpec(id, draftValues());
        int selectAfter = entry == null ? entries.size() : entry.index();
        boolean ok = strategyEdit(f -> {
            if (entry == null) {
                f.strategies.add(spec);
            } else {
                f.strategies.set(entry.index(), spec);
            }
        });
        if (ok) {
            selectEntry(selectAfter);
        }
        return ok;
    }

    /** Adds the settings typed as another configuration of the selected strategy; a duplicate is refused. */
    public boolean addConfiguration() {
        String id = selectedStrategy.get();
        if (id == null) {
            return false;
        }
        StrategySpec spec = new StrategySpec(id, draftValues());
        int added = entries.size();
        boolean ok = strategyEdit(f -> f.strategies.add(spec));
        if (ok) {
            selectEntry(added);
        }
        return ok;
    }

    /** Removes one configuration (the strategy stays checked while it has others). */
    public boolean removeConfiguration(StrategyEntry entry) {
        return strategyEdit(f -> f.strategies.remove(entry.index()));
    }

    private boolean strategyEdit(java.util.function.Consumer<ProjectFile> change) {
        drafts.forEach(d -> d.setError(""));
        String problem = edits.apply("strategies", change);
        if (problem == null) {
            strategiesError.set("");
            return true;
        }
        Matcher m = SETTING_FIELD.matcher(problem);
        SettingDraft at = m.find() ? drafts.stream().filter(d -> d.setting().name().equals(m.group(1)))
                .findFirst().orElse(null) : null;
        if (at != null) {
            at.setError(problem);
            strategiesError.set("");
        } else {
            strategiesError.set(problem);
        }
        return false;
    }

    private Map<String, Object> draftValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        drafts.stream().filter(d -> !d.isEmpty()).forEach(d -> values.put(d.setting().name(), d.value()));
        return values;
    }

    private void selectEntry(int index) {
        entries.stream().filter(e -> e.index() == index).findFirst().ifPresent(selectedConfiguration::set);
    }

    private void showConfigurations() {
        String id = selectedStrategy.get();
        StrategyEntry keep = selectedConfiguration.get();
        List<StrategyEntry> of = entries.stream().filter(e -> e.id().equals(id)).toList();
        configurations.setAll(of);
        StrategyEntry next = keep != null && of.contains(keep) ? keep : of.isEmpty() ? null : of.get(0);
        if (next == selectedConfiguration.get()) {
            loadDrafts();
        } else {
            selectedConfiguration.set(next);
        }
    }

    /** The selected strategy's settings, filled from the selected configuration (empty: the default). */
    private void loadDrafts() {
        String id = selectedStrategy.get();
        if (id == null) {
            drafts.clear();
            return;
        }
        StrategyEntry entry = selectedConfiguration.get();
        Map<String, Object> values = entry == null ? Map.of() : document.file().strategies.get(entry.index()).settings();
        List<SettingDraft> out = new ArrayList<>();
        Strategies.byId(id).settings().forEach(s -> {
            SettingDraft d = new SettingDraft(s);
            Object v = values.get(s.name());
            d.textProperty().set(v == null ? "" : v instanceof List<?> l ? l.stream().map(Object::toString)
                    .collect(Collectors.joining(", ")) : v instanceof Number n ? FieldText.of(n) : v.toString());
            out.add(d);
        });
        drafts.setAll(out);
    }

    // ---- refresh

    private void refresh() {
        ProjectFile f = document.file();
        fields.forEach(field -> field.refresh(f));
        List<LearnerEntry> newLearners = learnerEntries(f);
        if (!types(newLearners).equals(types(learners))) {
            learners.setAll(newLearners);
        } else {
            learners.forEach(l -> l.settings().forEach(s -> s.refresh(f)));
        }
        List<StrategyEntry> newEntries = new ArrayList<>();
        for (int i = 0; i < f.strategies.size(); i++) {
            StrategySpec s = f.strategies.get(i);
            newEntries.add(new StrategyEntry(i, s.id(), label(s)));
        }
        entries.clear();
        entries.addAll(newEntries);
        chosenIds.setAll(newEntries.stream().map(StrategyEntry::id).distinct().toList());
        labels.setAll(newEntries.stream().map(StrategyEntry::label).toList());
        StrategyEntry selected = selectedConfiguration.get();
        selectedConfiguration.set(selected == null ? null : newEntries.stream()
                .filter(e -> e.index() == selected.index() && e.id().equals(selected.id())).findFirst().orElse(null));
        showConfigurations();
    }

    private static List<String> types(List<LearnerEntry> entries) {
        return entries.stream().map(LearnerEntry::type).toList();
    }

    /** The label results will use; an entry the validator would refuse shows as its id. */
    private static String label(StrategySpec s) {
        try {
            return Strategies.create(s.id(), s.settings()).label();
        } catch (IllegalArgumentException e) {
            return s.id();
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // ---- state for the view

    /** Every field of the project this screen edits as text or a choice, in screen order. */
    public List<ProjectField> fields() {
        return List.copyOf(fields);
    }

    public ProjectField description() {
        return description;
    }

    public ProjectField redrawNegatives() {
        return redrawNegatives;
    }

    public ProjectField topK() {
        return topK;
    }

    public ProjectField baselineFeatures() {
        return baselineFeatures;
    }

    public ProjectField itemShrinkage() {
        return itemShrinkage;
    }

    public ProjectField userShrinkage() {
        return userShrinkage;
    }

    public ProjectField budgets() {
        return budgets;
    }

    public ProjectField l2Sweep() {
        return l2Sweep;
    }

    public ProjectField factorSweep() {
        return factorSweep;
    }

    public ProjectField sweepStrategy() {
        return sweepStrategy;
    }

    public ProjectField sweepLearner() {
        return sweepLearner;
    }

    public ProjectField name() {
        return name;
    }

    public ProjectField taskType() {
        return taskType;
    }

    public ProjectField likeThreshold() {
        return likeThreshold;
    }

    public ProjectField taskNegatives() {
        return taskNegatives;
    }

    public ProjectField protocolType() {
        return protocolType;
    }

    public ProjectField coldStartFraction() {
        return coldStartFraction;
    }

    public ProjectField targetBudget() {
        return targetBudget;
    }

    public ProjectField train() {
        return train;
    }

    public ProjectField validation() {
        return validation;
    }

    public ProjectField test() {
        return test;
    }

    public ProjectField seeds() {
        return seeds;
    }

    public ProjectField k() {
        return k;
    }

    public ProjectField ranking() {
        return ranking;
    }

    public ProjectField validationFile() {
        return validationFile;
    }

    public ProjectField testFile() {
        return testFile;
    }

    public ProjectField coldUsers() {
        return coldUsers;
    }

    public ProjectField sharedUsers() {
        return sharedUsers;
    }

    public ProjectField evaluationNegatives() {
        return evaluationNegatives;
    }

    public ProjectField baseline() {
        return baseline;
    }

    public ProjectField alpha() {
        return alpha;
    }

    public ProjectField minimumEffect() {
        return minimumEffect;
    }

    public ProjectField linkUsers() {
        return linkUsers;
    }

    public ProjectField linkItems() {
        return linkItems;
    }

    public ObservableList<LearnerEntry> learners() {
        return learnersReadOnly;
    }

    /** Why adding or removing a learner was refused; empty otherwise. */
    public ReadOnlyStringProperty learnersErrorProperty() {
        return learnersError.getReadOnlyProperty();
    }

    /** Ids with at least one entry in the project: the checked items of the checklist. */
    public ObservableList<String> chosenIds() {
        return chosenIdsReadOnly;
    }


    /** The labels results will use, in project order: what the baseline can name. */
    public ObservableList<String> labels() {
        return labelsReadOnly;
    }

    /** The strategy whose description and settings are shown. */
    public ObjectProperty<String> selectedStrategyProperty() {
        return selectedStrategy;
    }

    /** The selected strategy's entries in the project. */
    public ObservableList<StrategyEntry> configurations() {
        return configurationsReadOnly;
    }

    /** The configuration whose settings the drafts show; null when the strategy is not in the project. */
    public ObjectProperty<StrategyEntry> selectedConfigurationProperty() {
        return selectedConfiguration;
    }

    public ObservableList<SettingDraft> drafts() {
        return draftsReadOnly;
    }

    /** Why a strategy change was refused, when the message is about no single setting; empty otherwise. */
    public ReadOnlyStringProperty strategiesErrorProperty() {
        return strategiesError.getReadOnlyProperty();
    }
}
