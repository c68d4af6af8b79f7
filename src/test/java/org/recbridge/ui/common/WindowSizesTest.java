package org.recbridge.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the main window goes: within the screens' visible bounds, put back only where it is still visible. */
class WindowSizesTest {
    private static final WindowSizes.Size MAIN = new WindowSizes.Size("main", 1400, 900, 900, 560);
    /** A 1280x720 laptop with a 20-pixel task bar. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 700);
    private static final Rectangle2D RIGHT = new Rectangle2D(1280, 0, 1920, 1080);

    @Test
    void aFirstStartOnASmallScreenFillsItsVisibleBoundsInsteadOfHangingOffIt() {
        // before: 1400x900 whatever the screen, at (-60, -60) on a 1280x720 one
        assertEquals(LAPTOP, WindowSizes.place(null, MAIN, List.of(LAPTOP)));
    }

    @Test
    void aFirstStartOnALargeScreenIsTheInitialSizeCentred() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1040);
        assertEquals(new Rectangle2D(260, 70, 1400, 900), WindowSizes.place(null, MAIN, List.of(big)));
    }

    @Test
    void theLastPlaceIsKeptWhileItIsOnAScreen() {
        Rectangle2D saved = new Rectangle2D(1400, 100, 1200, 800);
        assertEquals(saved, WindowSizes.place(saved, MAIN, List.of(LAPTOP, RIGHT)));
    }

    @Test
    void theLastPlaceOnAScreenNowGoneOpensOnThePrimaryInstead() {
        Rectangle2D saved = new Rectangle2D(1400, 100, 1200, 800);
        assertEquals(LAPTOP, WindowSizes.place(saved, MAIN, List.of(LAPTOP)));
    }

    @Test
    void aLastPlacePartlyOffItsScreenIsMovedAndShrunkWhollyOntoIt() {
        Rectangle2D saved = new Rectangle2D(400, 200, 1100, 650);
        assertEquals(new Rectangle2D(180, 50, 1100, 650), WindowSizes.place(saved, MAIN, List.of(LAPTOP)));
        Rectangle2D tooBig = new Rectangle2D(10, 10, 1600, 1000);
        assertEquals(LAPTOP, WindowSizes.place(tooBig, MAIN, List.of(LAPTOP)));
    }

    @Test
    void aWindowWhoseTitleBarWasLeftAboveTheScreenIsNotPutBackThere() {
        Rectangle2D saved = new Rectangle2D(-60, -60, 1400, 900);
        assertEquals(LAPTOP, WindowSizes.place(saved, MAIN, List.of(LAPTOP)));
    }
}
