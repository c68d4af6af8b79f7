package org.recbridge.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.recbridge.analysis.hints.HintSubject;
import org.recbridge.ui.analysis.AnalysisView;
import org.recbridge.ui.analysis.AnalysisViewModel;
import org.recbridge.ui.analysis.DiagnosticsView;
import org.recbridge.ui.analysis.DiagnosticsViewModel;
import org.recbridge.ui.analysis.Evidence;
import org.recbridge.ui.apply.ApplyModelView;
import org.recbridge.ui.apply.ApplyModelViewModel;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.ui.common.HintWording;
import org.recbridge.ui.data.DataView;
import org.recbridge.ui.data.DataViewModel;
import org.recbridge.ui.data.ImportedDomains;
import org.recbridge.ui.experiment.ExperimentView;
import org.recbridge.ui.experiment.ExperimentViewModel;
import org.recbridge.ui.project.Autosave;
import org.recbridge.ui.project.GivenPath;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.ui.project.ProjectViewModel;
import org.recbridge.ui.project.RecentProjects;
import org.recbridge.ui.project.SampleProjects;
import org.recbridge.ui.results.ResultsView;
import org.recbridge.ui.results.ResultsViewModel;
import org.recbridge.ui.run.RunView;
import org.recbridge.ui.run.RunViewModel;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.Concept;
import org.recbridge.ui.teach.ConceptsView;
import org.recbridge.ui.teach.ConceptsViewModel;
import org.recbridge.ui.teach.LessonsView;
import org.recbridge.ui.teach.LessonsViewModel;
import org.recbridge.ui.teach.PlaygroundView;
import org.recbridge.ui.teach.TourActions;
import org.recbridge.ui.teach.TourView;
import org.recbridge.ui.teach.TourViewModel;
import org.recbridge.ui.teach.PlaygroundViewModel;
import org.recbridge.ui.teach.WindowZoom;
import org.recbridge.ui.teach.ZoomViewModel;

/**
 * Wires one workbench into a stage: the open document, the services, the view models, their screens and the
 * main window. The application and the UI tests build it the same way; tests pass their own preferences node.
 */
public final class Workbench {
    private final Stage stage;
    private final ProjectDocument document = new ProjectDocument();
    /** Imported once per session: the data screen's imports serve runs, diagnostics and learning curves. */
    private final ImportedDomains imported = new ImportedDomains();
    private final ProjectViewModel project;
    private final RunViewModel run;
    private final ResultsViewModel results;
    private final AnalysisViewModel analysis;
    private final DiagnosticsViewModel diagnostics;
    private final MainWindow window;
    private final FxJobService jobs;
    private final DialogService dialogs;
    /** Sizes of the window and its dialogs, remembered in the workbench's preferences. */
    private final WindowSizes sizes;
    private final ZoomViewModel zoom;
    private ApplyModelView applyModel;
    private ApplyModelViewModel applyModelVm;
    private PlaygroundView playground;
    private LessonsView lessons;
    private ConceptsView concepts;
    private final Preferences preferences;
    private final ExperimentViewModel experiment;
    private TourViewModel tour;
    private final WorkbenchTour tourActions;
    private final ExecutorService autosaveFiles = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recbridge-autosave");
        t.setDaemon(true);
        return t;
    });
    private final Autosave autosave;

    /**
     * {@code dialogs}: an {@code FxDialogService} on {@code stage}; UI tests answer from a recording one.
     * {@code recoveryFolder}: where unsaved work is autosaved (tests pass a temporary folder).
     */
    private static final String SPARK_MASTER = "sparkMaster";

    public Workbench(Stage stage, FxJobService jobs, Preferences preferences, DialogService dialogs,
                     Path recoveryFolder) {
        this.stage = stage;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.sizes = new WindowSizes(preferences.node("windows"));
        this.preferences = preferences;
        project = new ProjectViewModel(document, jobs, dialogs, new RecentProjects(preferences),
                SampleProjects.folder());
        run = new RunViewModel(document, jobs, dialogs, imported);
        // the Spark master asked for last is offered first, in this session and the next
        run.sparkMasterProperty().set(preferences.get(SPARK_MASTER, run.sparkMasterProperty().get()));
        run.sparkMasterProperty().addListener((o, was, now) -> preferences.put(SPARK_MASTER, now));
        autosave = Autosave.forWorkbench(document, recoveryFolder, autosaveFiles, dialogs);
        autosave.start();

        zoom = new ZoomViewModel(preferences);
        MenuBar menus = WorkbenchMenus.create(project, run, dialogs, this::applyModel, this::quit);
        MenuItem whatIf = new MenuItem("_What If… Playground");
        whatIf.setId("playground-item");
        whatIf.setOnAction(e -> playground());
        menus.getMenus().add(menus.getMenus().size() - 1, WindowZoom.viewMenu(zoom, new SeparatorMenuItem(),
                whatIf)); // before Help
        MenuItem lessonsItem = new MenuItem("_Lessons…");
        lessonsItem.setId("lessons-item");
        lessonsItem.setOnAction(e -> lessons());
        menus.getMenus().get(0).getItems().add(4, lessonsItem); // File, after the sample projects
        MenuItem conceptsItem = new MenuItem("_Concepts…");
        conceptsItem.setId("concepts-item");
        conceptsItem.setOnAction(e -> concepts(null));
        menus.getMenus().get(menus.getMenus().size() - 1).getItems().add(conceptsItem);
        window = new MainWindow(menus, document, jobs);
        results = new ResultsViewModel(document, jobs, dialogs);
        // screens in workflow order: Data, Experiment and Diagnostics (nothing trained yet) before Run
        HintWording wording = new HintWording(); // one choice of the hints' form for every hints pane
        window.addScreen("Data", new DataView(new DataViewModel(document, jobs, dialogs, imported), sizes));
        experiment = new ExperimentViewModel(document, dialogs);
        window.addScreen("Experiment", new ExperimentView(experiment));
        diagnostics = new DiagnosticsViewModel(document, jobs, dialogs, imported); // before training, so before Run
        Tab diagnosticsTab = window.addScreen("Diagnostics", new DiagnosticsView(diagnostics, wording).root());
        Tab runTab = window.addScreen("Run", new RunView(run).root());
        Tab resultsTab = window.addScreen("Results", new ResultsView(results, wording).root());
        analysis = new AnalysisViewModel(document, jobs, dialogs, imported);
        // one training job at a time: a run's results would make a learning curve's moot, and both take every core
        run.blockWhile(project.openingProperty().or(analysis.learningCurves().runningProperty()));
        analysis.learningCurves().blockWhile(run.runningProperty());
        Tab analysisTab = window.addScreen("Analysis", new AnalysisView(analysis, wording).root());
        analysis.openedHint().addListener((o, before, now) -> { // hints whose evidence is on another screen
            if (now.hint().evidence() == Evidence.COMPARISON) {
                HintSubject s = now.subject();
                results.highlight(s == null ? null : s.strategy(), s == null ? null : s.learner(),
                        s == null ? null : s.metric());
                window.select(resultsTab);
            } else if (now.hint().evidence() == Evidence.DIAGNOSTICS) {
                diagnostics.open(now.hint());
                window.select(diagnosticsTab);
            }
        });
        results.openedHint().addListener((o, before, hint) -> { // the Results screen's own Hints list
            if (hint == null) {
                return;
            }
            analysis.hints().stream().filter(p -> p.hint().equals(hint)).findFirst().ifPresent(p -> {
                if (p.evidence() != Evidence.COMPARISON && p.evidence() != Evidence.DIAGNOSTICS) {
                    window.select(analysisTab); // the other screens are selected by the listener above
                }
                analysis.open(p);
            });
        });
        window.select(runTab);
        tourActions = new WorkbenchTour(this, experiment, this::concepts);
        // new results (a run finished, or a project opened with its last results) are worth seeing at once
        // (curves added to the same run, by the Learning curve action, stay where they were asked for)
        document.resultsProperty().addListener((o, before, now) -> {
            if (now != null) {
                window.select(before != null && now.runs() == before.runs() ? analysisTab : resultsTab);
            }
        });

        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(Workbench.class.getResource("workbench.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), run::cancel);
        WindowZoom.attach(scene, zoom);
        stage.setScene(scene);
        // within the screen at any size down to 1280x720 (a laptop's), where it was left if that is still on one
        sizes.placeMain(stage, new WindowSizes.Size("main", 1400, 900, 900, 560));
        stage.titleProperty().bind(project.title());
        stage.setOnCloseRequest(e -> {
            e.consume(); // closes only once unsaved changes are dealt with
            quit();
        });
    }

    public void show() {
        stage.show();
    }

    /**
     * At start: offers back the unsaved work a crash left, or else opens {@code given} (the file or folder the
     * application was started with, or null): a project, a run's results or an exported model (in Apply model,
     * over {@code sample}); or else {@code sample} (if any).
     */
    public void openAtStart(Optional<Path> sample, Path given) {
        autosave.offerRecovery(jobs, () -> {
            GivenPath g = given == null ? null : GivenPath.of(given);
            switch (g == null ? GivenPath.Kind.UNKNOWN : g.kind()) {
                case PROJECT -> project.open(g.path());
                case RESULTS -> project.openResults(g.path());
                case MODEL -> {
                    sample.ifPresent(project::openAtStart);
                    applyModel();
                    applyModelVm.setModel(g.path());
                }
                case UNKNOWN -> {
                    if (g != null) {
                        dialogs.showError("Cannot open " + given, given + ": not a project file, a results folder "
                                + "or an exported model folder");
                    }
                    sample.ifPresent(project::openAtStart);
                }
            }
        });
    }

    public ProjectViewModel project() {
        return project;
    }

    public RunViewModel run() {
        return run;
    }

    public ResultsViewModel results() {
        return results;
    }

    public AnalysisViewModel analysis() {
        return analysis;
    }

    public DiagnosticsViewModel diagnostics() {
        return diagnostics;
    }

    public ProjectDocument document() {
        return document;
    }

    /** The lesson's tour open (or last open), or null. */
    public TourViewModel tour() {
        return tour;
    }

    /** What every lesson's tour does in this window: its steps' actions and outlines. */
    public TourActions tourActions() {
        return tourActions;
    }

    public ZoomViewModel zoom() {
        return zoom;
    }

    public MainWindow window() {
        return window;
    }

    /** Opens the Apply model window (one, kept with what it shows while the workbench runs). */
    public ApplyModelView applyModel() {
        if (applyModel == null) {
            applyModelVm = new ApplyModelViewModel(jobs, dialogs, document::baseDirectory);
            applyModel = new ApplyModelView(applyModelVm, stage, sizes);
        }
        applyModel.show();
        return applyModel;
    }

    /**
     * Opens Apply Model with {@code model} (an exported model's folder) and {@code data} (or none: null) read, ready
     * to score.
     */
    public ApplyModelViewModel applyModel(Path model, Path data) {
        applyModel();
        applyModelVm.setModel(model);
        if (data != null) {
            applyModelVm.setData(data);
        }
        return applyModelVm;
    }

    /** Opens the What-if playground (one, kept with its last update while the workbench runs). */
    public PlaygroundView playground() {
        if (playground == null) {
            playground = new PlaygroundView(PlaygroundViewModel.withEngine(jobs, dialogs, document::baseDirectory),
                    stage, zoom);
        }
        playground.show();
        return playground;
    }

    /**
     * Opens Help ▸ Concepts at {@code concept}'s card (null: the card shown last, or the first); one window, whose
     * pictures, once drawn, are kept while the workbench runs.
     */
    public ConceptsView concepts(Concept concept) {
        if (concepts == null) {
            concepts = new ConceptsView(ConceptsViewModel.withLessons(jobs, SampleProjects.folder()), stage, zoom);
        }
        Concept shown = concept != null ? concept : concepts.shown();
        concepts.show(shown != null ? shown : Concept.values()[0]);
        return concepts;
    }

    /** Opens the start page: the lessons, each opening its project and its tour. */
    public LessonsView lessons() {
        if (lessons == null) {
            LessonsViewModel model = new LessonsViewModel(jobs, dialogs, this::openLesson);
            SampleProjects.folder().ifPresent(model::load);
            lessons = new LessonsView(model, stage, zoom);
        }
        lessons.show();
        return lessons;
    }

    /**
     * Opens a lesson whose data is there: its project (unless open already), and its tour beside the tabs where it
     * was left.
     */
    public TourViewModel openLesson(Lesson lesson) {
        if (lessons != null) {
            lessons.stage().hide();
        }
        if (tour != null) {
            tour.close();
        }
        Path open = document.pathProperty().get();
        if (open == null || !open.toAbsolutePath().normalize().equals(lesson.project().toAbsolutePath().normalize())) {
            project.open(lesson.project()); // a lesson resumed keeps its project as the class left it
        }
        tour = new TourViewModel(lesson, tourActions, preferences);
        window.root().setRight(new TourView(tour, () -> window.root().setRight(null)).root());
        tour.start();
        return tour;
    }

    /** A clean exit removes the autosaved copy; waits briefly so the removal is done before the JVM ends. */
    private void closeAutosave() {
        autosave.close();
        autosaveFiles.shutdown();
        try {
            autosaveFiles.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void quit() {
        project.whenSafeToLeave(() -> {
            run.cancel();
            closeAutosave();
            stage.close();
            Platform.exit();
        });
    }
}
