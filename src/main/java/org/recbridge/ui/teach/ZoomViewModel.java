package org.recbridge.ui.teach;

import java.util.prefs.Preferences;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How large the window's text is: a zoom factor stepped by Ctrl+= / Ctrl+- / Ctrl+0, and presentation mode (a
 * projector's large text). Both are remembered in the preferences, so a class starts where it was left.
 */
public final class ZoomViewModel {
    /** The zoom steps, as a browser's: small steps near 100 %, larger ones beyond. */
    static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    /** Presentation mode's zoom: text read from the back of a room on a 1280×720 projector. */
    static final double PRESENTATION = 1.5;
    private static final String ZOOM_KEY = "zoom";
    private static final String PRESENTATION_KEY = "presentation";
    private static final String ZOOM_BEFORE_KEY = "zoomBeforePresentation";
    private final Preferences preferences;
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyBooleanWrapper presentation = new ReadOnlyBooleanWrapper(false);
    /** The zoom to go back to when presentation mode ends. */
    private double beforePresentation;

    /** {@code preferences}: where the zoom is remembered; tests pass a node of their own. */
    public ZoomViewModel(Preferences preferences) {
        this.preferences = preferences;
        scale.set(nearestStep(preferences.getDouble(ZOOM_KEY, 1.0)));
        presentation.set(preferences.getBoolean(PRESENTATION_KEY, false));
        beforePresentation = nearestStep(preferences.getDouble(ZOOM_BEFORE_KEY, 1.0));
    }

    /** The factor every font, table row and chart of the window is scaled by (1 = as designed). */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty presentationProperty() {
        return presentation.getReadOnlyProperty();
    }

    public void zoomIn() {
        for (double s : STEPS) {
            if (s > scale.get() + 1e-9) {
                setScale(s);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale.get() - 1e-9) {
                setScale(STEPS[i]);
                return;
            }
        }
    }

    /** Back to 100 %; also ends presentation mode, whose large text is what 100 % undoes. */
    public void reset() {
        presentation.set(false);
        setScale(1.0);
    }

    /** Presentation mode on: large text (at least {@link #PRESENTATION}); off: the zoom from before it. */
    public void setPresentation(boolean on) {
        if (on == presentation.get()) {
            return;
        }
        if (on) {
            beforePresentation = scale.get();
            preferences.putDouble(ZOOM_BEFORE_KEY, beforePresentation);
        }
        presentation.set(on);
        setScale(on ? Math.max(PRESENTATION, scale.get()) : beforePresentation);
    }

    private void setScale(double s) {
        scale.set(s);
        preferences.putDouble(ZOOM_KEY, s);
        preferences.putBoolean(PRESENTATION_KEY, presentation.get());
    }

    /** A stored zoom from another version (or edited by hand) snaps to a step, so the steps stay reachable. */
    private static double nearestStep(double stored) {
        double best = 1.0;
        for (double s : STEPS) {
            if (Math.abs(s - stored) < Math.abs(best - stored)) {
                best = s;
            }
        }
        return best;
    }
}
