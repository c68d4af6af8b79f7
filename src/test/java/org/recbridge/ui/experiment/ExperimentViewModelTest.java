package org.recbridge.ui.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.StrategySpec;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.project.ProjectDocument;

class ExperimentViewModelTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/project.json");
    private final ProjectDocument document = new ProjectDocument();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ExperimentViewModel vm;

    @BeforeEach
    void openSample() throws Exception {
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);
        vm = new ExperimentViewModel(document, dialogs);
    }

    @Test
    void showsTheProjectsValues() {
        assertEquals("classification", vm.taskType().textProperty().get());
        assertEquals("4", vm.likeThreshold().textProperty().get());
        assertEquals("cold-start", vm.protocolType().textProperty().get());
        assertEquals("0.8", vm.train().textProperty().get());
        assertEquals("1, 2, 3", vm.seeds().textProperty().get());
        assertEquals(List.of("linear", "fm"), vm.learners().stream().map(LearnerEntry::type).toList());
        assertEquals(List.of("target-only", "source-only", "pooled"), vm.chosenIds());
        assertEquals("", vm.learners().get(0).settings().get(0).textProperty().get());
        assertEquals("default 30", vm.learners().get(0).settings().get(0).defaultText());
    }

    @Test
    void anInvalidValueIsRefusedWithTheValidatorsMessageAndTheOldValueKept() {
        String before = ProjectIO.toJson(document.file());
        vm.taskNegatives().textProperty().set("0");
        assertFalse(vm.taskNegatives().commit());
        assertEquals("task.negatives must be at least 1, got 0", vm.taskNegatives().errorProperty().get());
        assertEquals(before, ProjectIO.toJson(document.file()));
        assertFalse(document.dirtyProperty().get());

        vm.alpha().textProperty().set("abc");
        assertFalse(vm.alpha().commit());
        assertEquals("evaluation.alpha: \"abc\" is not a number", vm.alpha().errorProperty().get());

        ProjectField epochs = vm.learners().get(1).settings().get(0);
        epochs.textProperty().set("-1");
        assertFalse(epochs.commit());
        assertEquals("learners[1].epochs must be at least 1, got -1", epochs.errorProperty().get());
        assertEquals(before, ProjectIO.toJson(document.file()));

        vm.taskNegatives().textProperty().set("8");
        assertTrue(vm.taskNegatives().commit());
        assertEquals(8, document.file().task.negatives);
        assertEquals("", vm.taskNegatives().errorProperty().get());
        assertTrue(document.dirtyProperty().get());
    }

    @Test
    void linkingAndMinimumEffectAreEditedAndCheckedLikeTheRest() {
        assertEquals("by-id", vm.linkUsers().textProperty().get());
        assertEquals("per-domain", vm.linkItems().textProperty().get());
        assertEquals("", vm.minimumEffect().textProperty().get());

        vm.linkItems().textProperty().set("both");
        assertFalse(vm.linkItems().commit());
        assertTrue(vm.linkItems().errorProperty().get().contains("linking.items"), vm.linkItems().errorProperty().get());
        assertEquals("per-domain", document.file().linking.items);

        vm.linkItems().textProperty().set("shared");
        assertTrue(vm.linkItems().commit());
        assertEquals("shared", document.file().linking.items);

        vm.minimumEffect().textProperty().set("-0.1");
        assertFalse(vm.minimumEffect().commit());
        assertTrue(vm.minimumEffect().errorProperty().get().contains("minimumEffect"),
                vm.minimumEffect().errorProperty().get());
        vm.minimumEffect().textProperty().set("0.01");
        assertTrue(vm.minimumEffect().commit());
        assertEquals(0.01, document.file().evaluation.minimumEffect);
        vm.minimumEffect().textProperty().set("");
        assertTrue(vm.minimumEffect().commit());
        assertNull(document.file().evaluation.minimumEffect);
    }

    @Test
    void baselineFeaturesAndTheirShrinkageAreEditedWithoutLosingFeatureSelection() {
        assertEquals("auto", vm.baselineFeatures().textProperty().get());
        vm.topK().textProperty().set("3");
        assertTrue(vm.topK().commit());
        vm.baselineFeatures().textProperty().set("off");
        assertTrue(vm.baselineFeatures().commit());
        assertEquals(Boolean.FALSE, document.file().features.baseline);
        assertEquals(3, document.file().features.topK, "setting one feature field keeps the others");
        vm.itemShrinkage().textProperty().set("-2");
        assertFalse(vm.itemShrinkage().commit());
        assertTrue(vm.itemShrinkage().errorProperty().get().contains("features.itemShrinkage"),
                vm.itemShrinkage().errorProperty().get());
        assertNull(document.file().features.itemShrinkage);
        vm.userShrinkage().textProperty().set("25");
        assertTrue(vm.userShrinkage().commit());
        assertEquals(25.0, document.file().features.userShrinkage);
        // emptied, the section goes again
        for (var f : List.of(vm.topK(), vm.userShrinkage())) {
            f.textProperty().set("");
            assertTrue(f.commit());
        }
        vm.baselineFeatures().textProperty().set("auto");
        assertTrue(vm.baselineFeatures().commit());
        assertNull(document.file().features);
    }

    @Test
    void theThreeSharesAddUpToOne() {
        vm.train().textProperty().set("0.7");
        assertTrue(vm.train().commit());
        assertEquals(0.2, document.file().protocol.test);
        assertEquals("0.2", vm.test().textProperty().get());
        vm.validation().textProperty().set("0.5");
        assertFalse(vm.validation().commit());
        assertEquals("protocol.test must be between 0 and 1, got -0.2", vm.validation().errorProperty().get());
        assertEquals(0.1, document.file().protocol.validation);
    }

    @Test
    void seedsAndLearnersAreEditable() {
        vm.seeds().textProperty().set("7, 8");
        assertTrue(vm.seeds().commit());
        assertEquals(List.of(7L, 8L), document.file().seeds);
        vm.seeds().textProperty().set("");
        assertFalse(vm.seeds().commit());
        assertEquals("seeds: at least one seed is needed", vm.seeds().errorProperty().get());

        vm.addLearner("fm");
        assertEquals(3, vm.learners().size());
        // a second default fm would be one run counted twice: it starts with other factors
        assertEquals(16, document.file().learners.get(2).factors);
        assertEquals("", vm.learnersErrorProperty().get());
        ProjectField factors = vm.learners().get(2).settings().get(3);
        assertEquals("learners[2].factors", factors.path());
        factors.textProperty().set("16");
        assertTrue(factors.commit());
        assertEquals(16, document.file().learners.get(2).factors);
        vm.removeLearner(0);
        vm.removeLearner(0);
        vm.removeLearner(0);
        assertEquals("learners: at least one learner is needed", vm.learnersErrorProperty().get());
        assertEquals(1, document.file().learners.size());
    }

    @Test
    void twoConfigurationsOfOneStrategyAndDuplicatesRefused() {
        assertTrue(vm.setChosen("fine-tune", true));
        vm.selectedStrategyProperty().set("fine-tune");
        assertEquals(List.of("targetEpochs", "targetLearningRate"),
                vm.drafts().stream().map(d -> d.setting().name()).toList());
        assertEquals(3, vm.selectedConfigurationProperty().get().index());

        vm.drafts().get(0).textProperty().set("5");
        assertTrue(vm.addConfiguration());
        assertEquals(List.of("target-only", "source-only", "pooled", "fine-tune", "fine-tune(targetEpochs=5)"), vm.labels());
        assertEquals(new StrategySpec("fine-tune", Map.of("targetEpochs", 5L)), document.file().strategies.get(4));
        assertEquals(2, vm.configurations().size());

        String before = ProjectIO.toJson(document.file());
        assertFalse(vm.addConfiguration());
        assertEquals("strategies[5]: fine-tune(targetEpochs=5) is already strategies[4]; give it "
                + "other settings or leave it out", vm.strategiesErrorProperty().get());
        assertEquals(before, ProjectIO.toJson(document.file()));

        vm.drafts().get(0).textProperty().set("-2");
        assertFalse(vm.applySettings());
        assertTrue(vm.drafts().get(0).errorProperty().get().startsWith(
                "strategies[4].targetEpochs: expected an integer 0 or more, got -2"),
                vm.drafts().get(0).errorProperty().get());
        assertEquals(before, ProjectIO.toJson(document.file()));

        vm.drafts().get(0).textProperty().set("8");
        assertTrue(vm.applySettings());
        assertEquals("fine-tune(targetEpochs=8)", vm.labels().get(4));

        assertTrue(vm.setChosen("fine-tune", false));
        assertEquals(List.of("target-only", "source-only", "pooled"), vm.labels());
    }

    @Test
    void theBaselineMustBeOneOfTheStrategiesOrAnId() {
        vm.setChosen("fine-tune", true);
        vm.baseline().textProperty().set("fine-tune");
        assertTrue(vm.baseline().commit());
        vm.baseline().textProperty().set("nonsense");
        assertFalse(vm.baseline().commit());
        assertTrue(vm.baseline().errorProperty().get().startsWith(
                "evaluation.baseline: unknown strategy \"nonsense\""), vm.baseline().errorProperty().get());
    }

    @Test
    void aNewProjectWithoutDataCanStillBeConfigured() {
        document.replace(new ProjectFile(), null, null);
        vm.likeThreshold().textProperty().set("3.5");
        assertTrue(vm.likeThreshold().commit());
        assertEquals(3.5, document.file().task.likeThreshold);
        assertTrue(document.file().sources.isEmpty(), "the stand-in data stays on the copy");
        vm.k().textProperty().set("0");
        assertFalse(vm.k().commit());
        assertEquals("evaluation.k must be at least 1, got 0", vm.k().errorProperty().get());
        // a K every held-out item reaches among 99 negatives is refused at the field, with the reason
        vm.k().textProperty().set("10, 200");
        assertFalse(vm.k().commit());
        assertTrue(vm.k().errorProperty().get().startsWith("evaluation.k must be at most evaluation.negatives (99)"),
                vm.k().errorProperty().get());
    }

    @Test
    void explainsAStrategyInOneClick() {
        vm.explainStrategy("tradaboost");
        assertTrue(dialogs.informations.get(0).contains("rounds: an integer from 1 to 100, default 5"),
                dialogs.informations.get(0));
    }
}
