package org.recbridge.ui.common;

import java.util.List;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Sizes and places every window of the workbench within the screens' visible bounds, with explicit initial
 * and minimum sizes (some window managers, openbox among them, collapse a JavaFX window without them), and
 * remembers the size (and, for the main window, the place) the user gave it.
 */
public final class WindowSizes {
    /** How much of a remembered window's top edge must be on a screen for it to be put back there. */
    private static final double GRIP_WIDTH = 120;
    private static final double GRIP_HEIGHT = 30;

    /** How long after showing a window the window manager's own placement is corrected. */
    private static final Duration SETTLING = Duration.seconds(1.5);

    private final Preferences node;
    private final Supplier<List<Rectangle2D>> screens;

    /** {@code node}: where sizes are remembered; null remembers nothing (each window opens at its initial size). */
    public WindowSizes(Preferences node) {
        this(node, WindowSizes::visualBounds);
    }

    /** With the visible bounds of the screens given, the primary first (tests try a 1280x720 laptop's). */
    public WindowSizes(Preferences node, Supplier<List<Rectangle2D>> screens) {
        this.node = node;
        this.screens = screens;
    }

    /** The initial and minimum sizes of one window; {@code name} keys what is remembered about it. */
    public record Size(String name, double width, double height, double minWidth, double minHeight) {
    }

    /**
     * Before {@code stage} is first shown: its remembered size and place if that is still on a screen, else
     * its initial size (at most the primary screen's visible bounds) centred on that screen. Remembered again
     * when the stage is hidden.
     */
    public void placeMain(Stage stage, Size size) {
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        List<Rectangle2D> all = screens.get();
        Rectangle2D at = place(remembered(size.name(), true), size, all);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        if (node != null && node.getBoolean(size.name() + ".maximized", false)) {
            stage.setMaximized(true);
        }
        keepOnScreenWhileShown(stage, all.stream().filter(sc -> covers(sc, at)).findFirst().orElse(all.get(0)));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(stage, size.name(), true));
    }

    /**
     * A secondary window (Apply model, a dialog): its remembered or initial size, at most the visible bounds
     * of the screen its owner is on; placed by JavaFX beside its owner, then moved wholly onto that screen.
     */
    public void sizeSecondary(Stage stage, Size size) {
        stage.setMinWidth(size.minWidth());
        stage.setMinHeight(size.minHeight());
        Rectangle2D screen = screenOf(stage.getOwner());
        Rectangle2D at = secondarySize(size, screen);
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        keepOnScreenWhileShown(stage, screen);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(stage, size.name(), false));
    }

    /** The remembered or initial size, at most {@code screen}, at least the minimum (where the screen has room). */
    private Rectangle2D secondarySize(Size size, Rectangle2D screen) {
        Rectangle2D saved = remembered(size.name(), false);
        double w = Math.min(saved == null ? size.width() : saved.getWidth(), screen.getWidth());
        double h = Math.min(saved == null ? size.height() : saved.getHeight(), screen.getHeight());
        return new Rectangle2D(0, 0, Math.max(w, Math.min(size.minWidth(), screen.getWidth())),
                Math.max(h, Math.min(size.minHeight(), screen.getHeight())));
    }

    /**
     * Some window managers (fluxbox) place the frame's top left where the content was asked to be, pushing the
     * window's bottom (status bar) under the task bar: once shown, and while the window manager settles it,
     * the window is moved back wholly onto {@code screen}.
     */
    private static void keepOnScreenWhileShown(Stage stage, Rectangle2D screen) {
        InvalidationListener fit = o -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                Rectangle2D now = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                Rectangle2D on = within(now, screen);
                if (!on.equals(now)) {
                    stage.setX(on.getMinX());
                    stage.setY(on.getMinY());
                    stage.setWidth(on.getWidth());
                    stage.setHeight(on.getHeight());
                }
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            List<ReadOnlyDoubleProperty> bounds = List.of(stage.xProperty(), stage.yProperty(),
                    stage.widthProperty(), stage.heightProperty());
            bounds.forEach(b -> b.addListener(fit));
            fit.invalidated(null);
            PauseTransition settled = new PauseTransition(SETTLING); // then the user may move it where they like
            settled.setOnFinished(f -> bounds.forEach(b -> b.removeListener(fit)));
            settled.play();
        });
    }

    /** As {@link #sizeSecondary(Stage, Size)}, for a dialog (its window exists from its construction). */
    public void sizeDialog(Dialog<?> dialog, Size size) {
        Window w = dialog.getDialogPane().getScene().getWindow();
        if (w instanceof Stage stage) {
            sizeSecondary(stage, size);
            // a dialog may size its window to its pane when shown (the import dialog came up 910 wide): the pane
            // asks for the same size
            Rectangle2D at = secondarySize(size, screenOf(stage.getOwner()));
            dialog.getDialogPane().setPrefSize(at.getWidth(), at.getHeight());
        }
    }

    /**
     * Where a window goes: {@code saved} (clamped wholly onto the screen) when its top edge is still on one of
     * {@code screens}, else {@code size} (at most the first screen, the primary) centred on the first screen.
     */
    static Rectangle2D place(Rectangle2D saved, Size size, List<Rectangle2D> screens) {
        if (saved != null) {
            Rectangle2D grip = new Rectangle2D(saved.getMinX(), saved.getMinY(),
                    Math.max(1, Math.min(GRIP_WIDTH, saved.getWidth())), GRIP_HEIGHT);
            for (Rectangle2D s : screens) {
                if (covers(s, grip)) {
                    return within(saved, s);
                }
            }
        }
        Rectangle2D p = screens.get(0);
        double w = Math.min(size.width(), p.getWidth());
        double h = Math.min(size.height(), p.getHeight());
        return new Rectangle2D(p.getMinX() + (p.getWidth() - w) / 2, p.getMinY() + (p.getHeight() - h) / 2, w, h);
    }

    /** {@code r} at most as large as {@code screen} and moved the least so that it lies wholly on it. */
    static Rectangle2D within(Rectangle2D r, Rectangle2D screen) {
        double w = Math.min(r.getWidth(), screen.getWidth());
        double h = Math.min(r.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(r.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(r.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    private static boolean covers(Rectangle2D screen, Rectangle2D r) {
        return r.getMinX() >= screen.getMinX() && r.getMaxX() <= screen.getMaxX()
                && r.getMinY() >= screen.getMinY() && r.getMaxY() <= screen.getMaxY();
    }

    private Rectangle2D remembered(String name, boolean withPlace) {
        if (node == null) {
            return null;
        }
        double w = node.getDouble(name + ".width", -1);
        double h = node.getDouble(name + ".height", -1);
        if (w <= 0 || h <= 0) {
            return null;
        }
        return withPlace ? new Rectangle2D(node.getDouble(name + ".x", 0), node.getDouble(name + ".y", 0), w, h)
                : new Rectangle2D(0, 0, w, h);
    }

    private void remember(Stage stage, String name, boolean withPlace) {
        if (node == null) {
            return;
        }
        try {
            store(stage, name, withPlace);
        } catch (IllegalStateException removed) {
            // the preferences were removed meanwhile (a test's, or reset by the user): nothing to remember in
        }
    }

    private void store(Stage stage, String name, boolean withPlace) {
        node.putBoolean(name + ".maximized", stage.isMaximized());
        if (stage.isMaximized() || stage.isIconified()) {
            return; // the size to come back to is the one before maximizing
        }
        node.putDouble(name + ".width", stage.getWidth());
        node.putDouble(name + ".height", stage.getHeight());
        if (withPlace) {
            node.putDouble(name + ".x", stage.getX());
            node.putDouble(name + ".y", stage.getY());
        }
    }

    private static List<Rectangle2D> visualBounds() {
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        List<Rectangle2D> all = new java.util.ArrayList<>(List.of(primary));
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(primary)).forEach(all::add);
        return all;
    }

    /** The screen showing the owner's top left (the primary when none does or there is no owner). */
    private Rectangle2D screenOf(Window owner) {
        List<Rectangle2D> all = screens.get();
        if (owner == null || Double.isNaN(owner.getX())) {
            return all.get(0);
        }
        return all.stream().filter(s -> s.contains(owner.getX() + 1, owner.getY() + 1)).findFirst()
                .orElse(all.get(0));
    }
}
