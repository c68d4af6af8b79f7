package org.recbridge.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.recbridge.chart.ChartExport;
import org.recbridge.experiment.ErrorMessages;

/**
 * Exports a chart to PNG or SVG: asks for the file through the dialog service, then draws a fresh copy of the
 * chart in a background job, and says what was written or why not.
 */
public final class ChartExports {
    private static final List<DialogService.FileFilter> PNG =
            List.of(new DialogService.FileFilter("PNG images (*.png)", List.of("*.png")));
    private static final List<DialogService.FileFilter> SVG =
            List.of(new DialogService.FileFilter("SVG drawings (*.svg)", List.of("*.svg")));

    private final DialogService dialogs;
    private final JobService jobs;
    private final Supplier<Path> folder;

    /** {@code folder}: where the file chooser starts (the project's folder). */
    public ChartExports(DialogService dialogs, JobService jobs, Supplier<Path> folder) {
        this.dialogs = dialogs;
        this.jobs = jobs;
        this.folder = folder;
    }

    public void png(ChartModel model) {
        export(model, "PNG", PNG, "png", ChartExport::png);
    }

    public void svg(ChartModel model) {
        export(model, "SVG", SVG, "svg", ChartExport::svg);
    }

    private interface Writer {
        void write(JFreeChart chart, Path file) throws Exception;
    }

    private void export(ChartModel model, String kind, List<DialogService.FileFilter> filter, String extension,
                        Writer writer) {
        if (model.chartProperty().get() == null) {
            return;
        }
        String title = "Export the chart as " + kind;
        String name = model.fileName().replaceAll("[^A-Za-z0-9@._-]", "_") + "." + extension;
        Supplier<JFreeChart> fresh = model::freshChart;
        dialogs.chooseSaveFile(title, filter, folder.get(), name).ifPresent(file -> jobs.submit(title,
                (progress, cancel) -> {
                    writer.write(fresh.get(), file);
                    return file;
                }, written -> dialogs.notify("Wrote " + written),
                error -> dialogs.showError("Cannot write " + file.getFileName(), ErrorMessages.oneLine(error)),
                () -> { }));
    }
}
