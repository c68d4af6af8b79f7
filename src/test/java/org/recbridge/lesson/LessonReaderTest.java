package org.recbridge.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading lesson files: a shipped lesson in full, the catalogue, and refusals (the corpus is in BadInputsTest). */
class LessonReaderTest {
    private static final Path SAMPLES = Path.of("sample-projects");

    @Test
    void readsTheThreeStagesLessonWithEveryPartOfItsTour() throws Exception {
        Lesson lesson = LessonReader.read(SAMPLES.resolve("fine-tuning"));
        assertEquals("fine-tuning", lesson.id());
        assertEquals("Three stages: pre-train, fine-tune, test", lesson.title());
        assertEquals(1, lesson.order());
        assertEquals(SAMPLES.resolve("fine-tuning/project.json").toAbsolutePath().normalize(), lesson.project());
        assertNull(lesson.dataset());
        assertEquals(42L, lesson.generate().settings().seed());
        assertEquals(2000, lesson.generate().settings().users());
        LessonStep first = lesson.steps().get(0);
        assertEquals(LessonAction.openTab(LessonTab.DATA), first.action());
        assertEquals(Highlight.DATA_CARDS, first.highlight());
        assertNotNull(first.doText());
        List<ActionType> types = lesson.steps().stream().map(s -> s.action() == null ? null : s.action().type())
                .toList();
        assertTrue(types.contains(ActionType.RUN) && types.contains(ActionType.APPLY_MODEL), types.toString());
        assertEquals(Concept.SOURCE_AND_TARGET, lesson.steps().get(1).action().concept());
    }

    @Test
    void vocabularyIdsAreTheLessonFilesWords() {
        assertEquals("learning-curves", AnalysisView.LEARNING_CURVES.id());
        assertEquals(AnalysisView.LEARNING_CURVES, LessonTerm.fromId(AnalysisView.class, "learning-curves"));
        assertNull(LessonTerm.fromId(AnalysisView.class, "LEARNING_CURVES"));
        assertEquals("data, experiment, diagnostics, run, results, analysis", LessonTerm.ids(LessonTab.class));
    }

    @Test
    void theCatalogueListsLessonsInOrderAndReportsABadOneWithoutLosingTheOthers(@TempDir Path dir) throws Exception {
        Path bad = Path.of("src/test/resources/bad/lessons");
        for (String[] l : new String[][] {{"b-second", "7"}, {"a-third", "9"}, {"c-first", "2"}}) {
            Path folder = Files.createDirectories(dir.resolve(l[0]));
            Files.copy(bad.resolve("project.json"), folder.resolve("project.json"));
            String text = Files.readString(bad.resolve("unknown-tab.json")).replace("\"reslts\"", "\"results\"")
                    .replace("\"order\": 1", "\"order\": " + l[1]);
            Files.writeString(folder.resolve(Lesson.FILE_NAME), text);
        }
        Path broken = Files.createDirectories(dir.resolve("d-broken"));
        Files.copy(bad.resolve("unknown-tab.json"), broken.resolve(Lesson.FILE_NAME));
        Files.copy(bad.resolve("project.json"), broken.resolve("project.json"));
        Files.createDirectories(dir.resolve("not-a-lesson"));
        LessonCatalogue catalogue = LessonCatalogue.of(dir);
        assertEquals(List.of("c-first", "b-second", "a-third"), catalogue.lessons().stream().map(Lesson::id).toList());
        assertEquals(List.of("d-broken/lesson.json, steps[1].action.tab: expected one of data, experiment, "
                + "diagnostics, run, results, analysis; got \"reslts\""), catalogue.problems());
        assertEquals("b-second", catalogue.find("b-second").orElseThrow().id());
    }

    @Test
    void theShippedLessonsAllRead() {
        LessonCatalogue catalogue = LessonCatalogue.of(SAMPLES);
        assertEquals(List.of(), catalogue.problems());
        assertTrue(catalogue.find("fine-tuning").isPresent());
    }

    @Test
    void aFolderWithoutALessonFileIsNamed(@TempDir Path dir) {
        LessonException e = assertThrows(LessonException.class, () -> LessonReader.read(dir));
        assertTrue(e.getMessage().endsWith("lesson.json: no such lesson file"), e.getMessage());
    }
}
