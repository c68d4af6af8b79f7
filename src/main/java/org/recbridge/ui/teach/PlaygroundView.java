package org.recbridge.ui.teach;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.recbridge.ui.common.ChartPane;
import org.recbridge.ui.common.Tables;

/**
 * The playground's window: the four sliders and the two strategies on the left, the comparison chart on the right,
 * what the last update showed below. A slider updates when it is let go; grabbing one again cancels the update
 * under way.
 */
public final class PlaygroundView {
    private final Stage stage = new Stage();
    private final PlaygroundViewModel model;

    public PlaygroundView(PlaygroundViewModel model, Window owner, ZoomViewModel zoom) {
        this.model = model;
        GridPane sliders = new GridPane();
        sliders.setHgap(8);
        sliders.setVgap(4);
        int row = 0;
        row = slider(sliders, row, "playground-rho", "Domain similarity (rho)", model.rho(), 0, 1, 0.1,
                v -> String.format(Locale.ROOT, "%.2f", v), "How alike a user's tastes are in the two domains: 1 the "
                        + "same, 0 unrelated. Transfer stops paying as it falls.");
        row = slider(sliders, row, "playground-shared", "Shared users", model.sharedUsers(), 0.05, 1, 0.05,
                v -> String.format(Locale.ROOT, "%.0f%%", 100 * v), "The share of users who rated in both domains: "
                        + "only they can carry what was learnt on the source to the target.");
        row = slider(sliders, row, "playground-target", "Target size (ratings per user)", model.targetPerUser(), 2,
                30, 1, v -> String.format(Locale.ROOT, "%.0f", v), "How many target items each target user rated: "
                        + "the more target data, the less the source is needed.");
        row = slider(sliders, row, "playground-noise", "Label noise", model.labelNoise(), 0, 0.4, 0.05,
                v -> String.format(Locale.ROOT, "%.0f%%", 100 * v), "The share of likes flipped at random.");
        ComboBox<String> baseline = new ComboBox<>(model.strategyChoices());
        baseline.setId("playground-baseline");
        baseline.valueProperty().bindBidirectional(model.baseline());
        ComboBox<String> strategy = new ComboBox<>(model.strategyChoices());
        strategy.setId("playground-strategy");
        strategy.valueProperty().bindBidirectional(model.strategy());
        baseline.setOnAction(e -> model.update());
        strategy.setOnAction(e -> model.update());
        sliders.addRow(row++, new Label("Compare"), strategy);
        sliders.addRow(row, new Label("against"), baseline);

        Button update = new Button("Update");
        update.setId("playground-update");
        update.setOnAction(e -> model.update());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        HBox actions = new HBox(8, update, working);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label("A small synthetic pair (" + "movies → books) made again for each setting, and two "
                + "strategies run on it with the linear learner over 3 seeds.");
        intro.setWrapText(true);
        VBox left = new VBox(10, intro, sliders, actions, status);
        left.setPrefWidth(360);
        left.setPadding(new Insets(8));

        Label outcome = new Label();
        outcome.setId("playground-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(model.outcome());
        BorderPane right = new BorderPane(new ChartPane("playground-chart", model, model.exports(),
                "The chart appears after the first update (a few seconds).").root());
        right.setBottom(outcome);
        BorderPane.setMargin(outcome, new Insets(6));
        BorderPane root = new BorderPane(right);
        root.setLeft(left);
        root.setPadding(new Insets(6));

        stage.initOwner(owner);
        stage.setTitle("What if… (playground)");
        Scene scene = new Scene(root, 1100, 620);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        WindowZoom.attach(scene, zoom);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
    }

    /** Shows the window; the first time, it runs the first update. */
    public void show() {
        boolean first = model.results().get() == null && !model.busyProperty().get();
        stage.show();
        stage.toFront();
        if (first) {
            model.update();
        }
    }

    public Stage stage() {
        return stage;
    }

    /** A slider: grabbing it cancels the update under way, letting go (or a key or click) starts one. */
    private int slider(GridPane grid, int row, String id, String text, DoubleProperty value, double min, double max,
                       double step, DoubleFunction<String> format, String help) {
        Slider s = new Slider(min, max, value.get());
        s.setId(id);
        s.setMajorTickUnit(step);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        s.setBlockIncrement(step);
        s.setPrefWidth(200);
        s.setTooltip(Tables.tooltip(help));
        value.bind(s.valueProperty());
        s.valueChangingProperty().addListener((o, was, changing) -> {
            if (changing) {
                model.cancel();
            } else {
                model.update();
            }
        });
        s.valueProperty().addListener((o, a, b) -> {
            if (!s.isValueChanging() && Math.abs(a.doubleValue() - b.doubleValue()) > 1e-9) {
                model.update();
            }
        });
        Label shown = new Label();
        shown.textProperty().bind(Bindings.createStringBinding(() -> format.apply(value.get()), value));
        shown.setMinWidth(44);
        Label name = new Label(text);
        name.setTooltip(Tables.tooltip(help));
        grid.add(name, 0, row, 2, 1);
        grid.add(s, 0, row + 1);
        grid.add(shown, 1, row + 1);
        return row + 2;
    }
}
