package org.recbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.analysis.curves.Sweep;
import org.recbridge.analysis.curves.SweepPoint;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.ui.common.FieldMarks;
import org.recbridge.ui.common.WindowSizes;
import org.recbridge.ui.data.DomainSlot;
import org.recbridge.ui.data.ImportDialog;
import org.recbridge.ui.data.ImportViewModel;
import org.recbridge.ui.data.ImportedDomains;
import org.recbridge.ui.data.SplitDialog;
import org.recbridge.ui.data.SplitViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every field of the project file is edited somewhere in the window (the Experiment tab, or the import and split
 * dialogs for the data), found by walking the project file's own fields, so a field added later without a control
 * fails here; and a sweep is set up on the Experiment tab and run, without touching the JSON.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectFieldsUiTest {
    /**
     * Fields of the project file with no control, each with why. formatVersion is written by RecBridge; a split
     * data set is read with the roles and defaults its import detects (the split dialog has no role table).
     */
    private static final Map<String, String> NOT_EDITED = Map.of(
            "formatVersion", "written by RecBridge, not a setting",
            "splitDomain.data.users", "a split data set has no user table in the split dialog",
            "splitDomain.data.format", "a split data set is read with the detected format",
            "splitDomain.data.roles", "a split data set is read with the detected roles",
            "splitDomain.data.duplicates", "a split data set keeps the last of repeated pairs",
            "splitDomain.data.skipBadRows", "a split data set stops at its first malformed row");

    @TempDir
    Path dir;
    private WindowFixture ui;

    @Start
    void start(Stage stage) {
        ui = new WindowFixture(stage, dir);
    }

    @AfterEach
    void tearDown() throws Exception {
        ui.close();
    }

    @Test
    void everyFieldOfTheProjectFileHasAControl(FxRobot robot) throws Exception {
        ProjectFile.LearnerSpec fm = new ProjectFile.LearnerSpec();
        fm.type = "fm"; // its settings are those of every learner, and factors
        robot.interact(() -> ui.workbench.document().edit(f -> f.learners.add(fm)));
        Set<String> marked = new TreeSet<>(marks(ui.stage.getScene().getRoot()));
        robot.interact(() -> {
            ImportDialog importDialog = new ImportDialog(new ImportViewModel(ui.workbench.document(), ui.jobs,
                    ui.dialogs, DomainSlot.TARGET, new ImportedDomains()), ui.stage, new WindowSizes(null));
            importDialog.show();
            marked.addAll(marks(importDialog.getDialogPane()));
            importDialog.close();
            SplitDialog splitDialog = new SplitDialog(new SplitViewModel(ui.workbench.document(), ui.jobs,
                    ui.dialogs, new ImportedDomains()), ui.stage, new WindowSizes(null));
            splitDialog.show();
            marked.addAll(marks(splitDialog.getDialogPane()));
            splitDialog.close();
        });
        List<String> fields = new ArrayList<>();
        walk(ProjectFile.class, "", fields);
        assertTrue(fields.contains("analysis.l2Sweep") && fields.contains("features.topK"), fields.toString());
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            // the fields of every data domain (a source, the target) are those of the import dialog
            String control = field.replaceFirst("^(sources\\[]|target)\\.", "domain.");
            if (!marked.contains(control) && !NOT_EDITED.containsKey(field)) {
                missing.add(field);
            }
        }
        assertEquals(List.of(), missing, "fields of the project file without a control; controls: " + marked);
    }

    @Test
    void aSweepSetUpOnTheExperimentTabRunsWithTheProject(FxRobot robot) throws Exception {
        Path project = TinyProjects.write(dir.resolve("tiny"));
        robot.interact(() -> ui.workbench.project().open(project));
        waitUntil(30, () -> project.equals(ui.workbench.document().pathProperty().get()));
        robot.interact(ui.stage::requestFocus);
        robot.clickOn("Experiment");
        TextField l2 = robot.lookup((Node n) -> "analysis.l2Sweep".equals(n.getId())).queryAs(TextField.class);
        type(robot, l2, "0.1, 0");
        waitUntil(10, () -> ui.workbench.document().file().analysis != null);
        assertEquals(List.of(0.1, 0.0), ui.workbench.document().file().analysis.l2Sweep);

        TextField learner = robot.lookup((Node n) -> "analysis.sweepLearner".equals(n.getId())).queryAs(TextField.class);
        type(robot, learner, "7");
        Label refused = robot.lookup((Node n) -> "analysis.sweepLearner-error".equals(n.getId())).queryAs(Label.class);
        assertEquals("analysis.sweepLearner: 7 is not a learner index (0 to 0)", refused.getText(),
                "the validator's message under the field");
        assertEquals(null, ui.workbench.document().file().analysis.sweepLearner);
        type(robot, learner, "");
        assertEquals("", refused.getText());

        robot.interact(() -> ui.workbench.run().run());
        waitUntil(240, () -> ui.workbench.document().resultsProperty().get() != null);
        List<Sweep> sweeps = ui.workbench.document().resultsProperty().get().sweeps();
        assertFalse(sweeps.isEmpty());
        assertEquals("l2", sweeps.get(0).parameter());
        assertEquals(List.of(0.1, 0.0), sweeps.get(0).points().stream().map(SweepPoint::value).toList());
    }

    /** Types {@code text} into a field (scrolled out of view or not) and presses Enter, as a person would. */
    private static void type(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
        robot.type(KeyCode.ENTER);
    }

    /** The project file's fields as paths ("task.type", "learners[].epochs"), from its classes. */
    private static void walk(Class<?> type, String prefix, List<String> out) {
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String path = prefix + f.getName();
            Class<?> t = f.getType();
            if (List.class.isAssignableFrom(t)
                    && ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0] instanceof Class<?> e
                    && e.getDeclaringClass() == ProjectFile.class) {
                walk(e, path + "[].", out);
            } else if (t.getDeclaringClass() == ProjectFile.class) {
                walk(t, path + ".", out);
            } else {
                out.add(path);
            }
        }
    }

    private static List<String> marks(Node node) {
        List<String> out = new ArrayList<>();
        String mark = FieldMarks.of(node);
        if (mark != null) {
            out.add(mark);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> out.addAll(marks(n)));
        }
        if (node instanceof Control c && c.getSkin() == null) {
            return out;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> out.addAll(marks(n)));
        }
        return out;
    }

    private static void waitUntil(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
