package org.recbridge.export.model;

import java.util.List;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.Project;
import org.recbridge.task.TaskSettings;

/**
 * What an exported model needs beyond its run: the task (to label new rows as the run did), the target items
 * (candidates of top-K lists) and, for the model card, the project and its data.
 *
 * @param data one line per domain: its name, rows, users and items
 */
public record ExportContext(String project, TaskSettings task, List<String> targetItems, List<String> data) {
    public ExportContext {
        targetItems = List.copyOf(targetItems);
        data = List.copyOf(data);
    }

    public static ExportContext of(Project project, LoadedData loaded) {
        List<String> lines = new java.util.ArrayList<>();
        loaded.sources().forEach(d -> lines.add("source " + describe(d)));
        lines.add("target " + describe(loaded.target()));
        return new ExportContext(project.name(), project.task(), loaded.target().interactions().items().names(), lines);
    }

    /** "books: 8865 rows, 1500 users, 400 items". */
    private static String describe(org.recbridge.data.Domain d) {
        return String.format("%s: %d rows, %d users, %d items", d.name(), d.interactions().size(),
                d.interactions().users().size(), d.interactions().items().size());
    }
}
