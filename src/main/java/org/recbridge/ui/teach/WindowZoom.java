package org.recbridge.ui.teach;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;

/**
 * Applies the zoom to a window: the root's font size, which every control's text, table row and chart (through
 * {@code ChartPane}) follows, since the workbench sizes its text in em; and the zoom commands of the View menu.
 */
public final class WindowZoom {
    private WindowZoom() {
    }

    /** Scales {@code scene}'s text with {@code zoom} and adds the keypad and shifted forms of the zoom keys. */
    public static void attach(Scene scene, ZoomViewModel zoom) {
        Parent root = scene.getRoot();
        double base = Font.getDefault().getSize();
        root.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "-fx-font-size: %.2fpx;", base * zoom.scaleProperty().get()), zoom.scaleProperty()));
        // the menu holds one accelerator per item: Ctrl+Plus (shifted '=' on most layouts) and the keypad here
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), zoom::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), zoom::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), zoom::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                zoom::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), zoom::reset);
    }

    /** Presentation mode and the zoom steps, for the View menu. */
    public static MenuItem[] menuItems(ZoomViewModel zoom) {
        CheckMenuItem presentation = new CheckMenuItem("_Presentation Mode");
        presentation.setId("presentation-item");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.setSelected(zoom.presentationProperty().get());
        zoom.presentationProperty().addListener((o, a, on) -> presentation.setSelected(on));
        presentation.setOnAction(e -> zoom.setPresentation(presentation.isSelected()));
        MenuItem in = item("Zoom _In", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        in.setOnAction(e -> zoom.zoomIn());
        MenuItem out = item("Zoom _Out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        out.setOnAction(e -> zoom.zoomOut());
        MenuItem actual = item("_Actual Size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        actual.setOnAction(e -> zoom.reset());
        return new MenuItem[] {presentation, in, out, actual};
    }

    /** The View menu with the zoom's items first, then {@code more}. */
    public static Menu viewMenu(ZoomViewModel zoom, MenuItem... more) {
        Menu view = new Menu("_View", null, menuItems(zoom));
        view.setId("view-menu");
        view.getItems().addAll(more);
        return view;
    }

    private static MenuItem item(String text, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        return item;
    }
}
