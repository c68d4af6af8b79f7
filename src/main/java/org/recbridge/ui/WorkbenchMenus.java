package org.recbridge.ui;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.recbridge.ui.common.DialogService;
import org.recbridge.ui.common.Help;
import org.recbridge.ui.project.ProjectViewModel;
import org.recbridge.ui.run.RunViewModel;

/** The menu bar: File (projects, applying a model), Run and Help, with the usual shortcuts. */
final class WorkbenchMenus {
    private WorkbenchMenus() {
    }

    static MenuBar create(ProjectViewModel project, RunViewModel run, DialogService dialogs, Runnable applyModel,
                          Runnable quit) {
        Menu recent = new Menu("Open Recent");
        fillRecent(recent, project);
        project.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent(recent, project));

        Menu samples = new Menu("Sample Projects");
        for (Path p : project.sampleProjects()) {
            samples.getItems().add(fileItem(p.getParent().getFileName().toString(), p, project));
        }
        samples.setDisable(samples.getItems().isEmpty());

        Menu file = new Menu("_File", null,
                item("_New Project", "Shortcut+N", e -> project.newProject()),
                item("_Open…", "Shortcut+O", e -> project.open()),
                recent, samples,
                new SeparatorMenuItem(),
                item("_Save", "Shortcut+S", e -> project.save()),
                item("Save _As…", "Shortcut+Shift+S", e -> project.saveAs()),
                new SeparatorMenuItem(),
                applyItem(applyModel),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", e -> quit.run()));
        file.setId("file-menu");

        MenuItem runItem = item("_Run Project", "Shortcut+R", e -> run.run());
        runItem.disableProperty().bind(run.canRun().not());
        // Esc also cancels; the window adds it as a scene shortcut since a menu item holds one accelerator
        MenuItem cancelItem = item("_Cancel Run", "Shortcut+Period", e -> run.cancel());
        cancelItem.disableProperty().bind(run.canCancel().not());
        MenuItem sparkItem = item("Run on _Spark…", null, e -> dialogs.askText("Run on Spark",
                "Spark master (local[N], spark://host:7077, yarn, k8s://…):", run.sparkMasterProperty().get())
                .ifPresent(run::runOnSpark));
        sparkItem.setId("run-on-spark-item");
        sparkItem.disableProperty().bind(run.canRun().not());
        Menu runMenu = new Menu("_Run", null, runItem, sparkItem, cancelItem);

        Menu help = new Menu("_Help", null,
                item("_Strategies…", "F1", e -> dialogs.showInformation("Transfer strategies", Help.allStrategies())),
                item("_Metrics and Verdicts…", null,
                        e -> dialogs.showInformation("Metrics and verdicts", Help.allMetrics())));
        return new MenuBar(file, runMenu, help);
    }

    /** Scoring new data with an exported model: a window of its own, open beside the project. */
    private static MenuItem applyItem(Runnable applyModel) {
        MenuItem item = item("_Apply Model to Data…", null, e -> applyModel.run());
        item.setId("apply-model-item");
        return item;
    }

    private static void fillRecent(Menu recent, ProjectViewModel project) {
        recent.getItems().clear();
        for (Path p : project.recentProjects()) {
            recent.getItems().add(fileItem(p.toString(), p, project));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** An item opening a project; its text is a name or path, where an underscore is just an underscore. */
    private static MenuItem fileItem(String text, Path file, ProjectViewModel project) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> project.open(file));
        return item;
    }

    /** A command; an underscore in its text marks the mnemonic letter. */
    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
