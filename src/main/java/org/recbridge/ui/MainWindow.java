package org.recbridge.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.TaskProgressView;
import org.recbridge.ui.common.FxJobService;
import org.recbridge.ui.project.ProjectDocument;

/**
 * The main window's content: the menu bar, one tab per screen (in the order they are added), the running
 * jobs with their cancel buttons, and a status bar with where the project is saved.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final TaskProgressView<Task<?>> jobsView = new TaskProgressView<>();

    public MainWindow(MenuBar menus, ProjectDocument document, FxJobService jobs) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // the view drops a task itself once it ends, so it is fed additions only, never bound to the list
        jobs.runningTasks().addListener((ListChangeListener<Task<?>>) change -> {
            while (change.next()) {
                jobsView.getTasks().addAll(change.getAddedSubList());
            }
        });
        jobsView.setPrefHeight(90);
        jobsView.visibleProperty().bind(Bindings.isNotEmpty(jobsView.getTasks()));
        jobsView.managedProperty().bind(jobsView.visibleProperty());

        Label where = new Label();
        where.textProperty().bind(Bindings.createStringBinding(() -> document.pathProperty().get() == null
                ? "Not saved yet" : "Project file: " + document.pathProperty().get(), document.pathProperty()));
        Label jobCount = new Label();
        jobCount.textProperty().bind(Bindings.createStringBinding(() -> jobs.runningTasks().isEmpty() ? "Ready"
                : jobs.runningTasks().size() + " job(s) running", jobs.runningTasks()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox status = new HBox(12, where, gap, jobCount);
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(3, 8, 3, 8));

        root.setTop(menus);
        root.setCenter(tabs);
        root.setBottom(new VBox(jobsView, status));
    }

    /** Adds a screen as the next tab; returns the tab so the caller can select it later. */
    public Tab addScreen(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(title.toLowerCase(java.util.Locale.ROOT) + "-tab");
        tabs.getTabs().add(tab);
        return tab;
    }

    /** Selects the tab of node id {@code id} ("data-tab"); false if there is none. */
    public boolean select(String id) {
        for (Tab t : tabs.getTabs()) {
            if (id.equals(t.getId())) {
                select(t);
                return true;
            }
        }
        return false;
    }

    public void select(Tab tab) {
        tabs.getSelectionModel().select(tab);
    }

    public BorderPane root() {
        return root;
    }
}
