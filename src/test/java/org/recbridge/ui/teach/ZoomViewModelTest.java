package org.recbridge.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recbridge.ui.TestPreferences;

class ZoomViewModelTest {
    private final Preferences prefs = TestPreferences.fresh();

    @AfterEach
    void tearDown() throws Exception {
        TestPreferences.remove(prefs);
    }

    @Test
    void stepsInAndOutAndStopsAtTheEnds() {
        ZoomViewModel zoom = new ZoomViewModel(prefs);
        assertEquals(1.0, zoom.scaleProperty().get());
        zoom.zoomIn();
        assertEquals(1.1, zoom.scaleProperty().get(), 1e-9);
        zoom.zoomIn();
        assertEquals(1.25, zoom.scaleProperty().get(), 1e-9);
        for (int i = 0; i < 20; i++) {
            zoom.zoomIn();
        }
        assertEquals(2.0, zoom.scaleProperty().get(), 1e-9);
        for (int i = 0; i < 20; i++) {
            zoom.zoomOut();
        }
        assertEquals(0.8, zoom.scaleProperty().get(), 1e-9);
        zoom.reset();
        assertEquals(1.0, zoom.scaleProperty().get(), 1e-9);
    }

    @Test
    void presentationEnlargesAndGivesBackTheZoomFromBefore() {
        ZoomViewModel zoom = new ZoomViewModel(prefs);
        zoom.zoomIn();
        zoom.setPresentation(true);
        assertTrue(zoom.presentationProperty().get());
        assertEquals(1.5, zoom.scaleProperty().get(), 1e-9);
        zoom.zoomIn(); // zooming stays possible while presenting
        assertEquals(1.75, zoom.scaleProperty().get(), 1e-9);
        zoom.setPresentation(false);
        assertEquals(1.1, zoom.scaleProperty().get(), 1e-9, "the zoom from before presenting");
        zoom.zoomIn();
        zoom.zoomIn();
        zoom.zoomIn(); // 1.75: already larger than presentation's
        zoom.setPresentation(true);
        assertEquals(1.75, zoom.scaleProperty().get(), 1e-9, "presentation never makes text smaller");
        zoom.reset();
        assertFalse(zoom.presentationProperty().get(), "Ctrl+0 ends presentation mode");
    }

    @Test
    void theZoomIsRememberedAcrossSessions() {
        ZoomViewModel first = new ZoomViewModel(prefs);
        first.zoomIn();
        first.setPresentation(true);
        ZoomViewModel next = new ZoomViewModel(prefs);
        assertEquals(1.5, next.scaleProperty().get(), 1e-9);
        assertTrue(next.presentationProperty().get());
        next.setPresentation(false);
        assertEquals(1.1, next.scaleProperty().get(), 1e-9, "and the zoom to return to");
        prefs.putDouble("zoom", 1.3); // not a step (edited by hand): snaps to the nearest
        assertEquals(1.25, new ZoomViewModel(prefs).scaleProperty().get(), 1e-9);
    }
}
