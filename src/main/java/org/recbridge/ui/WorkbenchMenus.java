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
import org.recbridge.ui.project.ProjectViewModel;
import org.recbridge.ui.run.RunViewModel;

/** The menu bar: File (projects) and Run, with the usual shortcuts. */
final class WorkbenchMenus {
    private WorkbenchMenus() {
    }

    static MenuBar create(ProjectViewModel project, RunViewModel run, Runnable quit) {
        Menu recent = new Menu("Open Recent");
        fillRecent(recent, project);
        project.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent(recent, project));

        Menu samples = new Menu("Sample Projects");
        for (Path p : project.sampleProjects()) {
            samples.getItems().add(item(p.getParent().getFileName().toString(), null, e -> project.open(p)));
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
                item("_Quit", "Shortcut+Q", e -> quit.run()));
        file.setId("file-menu");

        MenuItem runItem = item("_Run Project", "Shortcut+R", e -> run.run());
        runItem.disableProperty().bind(run.canRun().not());
        // Esc also cancels; the window adds it as a scene shortcut since a menu item holds one accelerator
        MenuItem cancelItem = item("_Cancel Run", "Shortcut+Period", e -> run.cancel());
        cancelItem.disableProperty().bind(run.canCancel().not());
        Menu runMenu = new Menu("_Run", null, runItem, cancelItem);
        return new MenuBar(file, runMenu);
    }

    private static void fillRecent(Menu recent, ProjectViewModel project) {
        recent.getItems().clear();
        for (Path p : project.recentProjects()) {
            recent.getItems().add(item(p.toString(), null, e -> project.open(p)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(text.contains("_"));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
