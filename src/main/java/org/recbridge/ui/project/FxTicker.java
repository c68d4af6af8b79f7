package org.recbridge.ui.project;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** Autosave's minute ticks on the JavaFX thread, where the project is edited (the file work goes elsewhere). */
final class FxTicker implements Autosave.Ticker {
    private Timeline timeline;

    @Override
    public void start(Duration period, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
