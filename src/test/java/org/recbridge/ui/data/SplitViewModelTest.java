package org.recbridge.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;

class SplitViewModelTest {
    @TempDir
    Path dir;

    @Test
    void offersTheValuesPresentAndCountsEachSideBeforeWritingTheSplit() throws Exception {
        Path ratings = dir.resolve("movies.csv");
        Files.writeString(ratings, "user,item,rating\nu1,m1,4\nu1,m2,3\nu2,m2,5\nu2,m3,2\nu3,m3,4\nu3,m4,1\n");
        Path items = dir.resolve("items.csv");
        // m3 is both comedy and drama: it goes to neither side; m4 is horror and thriller: neither
        Files.writeString(items, "item,genres,year\nm1,comedy,1990\nm2,drama,1991\nm3,comedy|drama,1992\nm4,horror|thriller,1993\n");
        ProjectDocument document = new ProjectDocument();
        document.replace(new ProjectFile(), dir.resolve("project.json"), null);
        RecordingDialogService dialogs = new RecordingDialogService();
        SplitViewModel vm = new SplitViewModel(document, new SynchronousJobService(), dialogs, new ImportedDomains());

        dialogs.fileAnswers.add(java.util.Optional.of(ratings));
        vm.chooseDataFile();
        vm.setItemTable(items);
        assertEquals(List.of("genres"), vm.columns());
        vm.columnProperty().set("genres");
        assertEquals(List.of("comedy", "drama", "horror", "thriller"), vm.values());
        vm.sourceValueProperty().set("comedy");
        assertFalse(vm.canApplyProperty().get());
        vm.targetValueProperty().set("drama");

        assertEquals(1, vm.splitProperty().get().source().interactions().size());
        assertEquals(2, vm.splitProperty().get().target().interactions().size());
        assertEquals(1, vm.splitProperty().get().itemsInBoth());
        assertEquals(3, vm.splitProperty().get().droppedInteractions());
        assertEquals("Split by genres: source comedy gets 1 interactions (1 items), target drama gets 2 interactions "
                + "(1 items); 1 items with both values are left out, 3 interactions belong to neither side.",
                vm.outcomeProperty().get());
        assertTrue(vm.canApplyProperty().get());

        assertEquals("movies", vm.nameProperty().get());
        vm.nameProperty().set("films");
        vm.apply();
        ProjectFile.SplitSpec split = document.file().splitDomain;
        assertEquals("films", split.data.name);
        assertEquals("movies.csv", split.data.interactions);
        assertEquals("items.csv", split.data.items);
        assertEquals("genres", split.column);
        assertEquals("comedy", split.sourceValue);
        assertEquals("drama", split.targetValue);
        assertTrue(vm.doneProperty().get());
    }

    @Test
    void aValueNoItemHasAloneIsRefusedWithTheSplittersReason() throws Exception {
        Path ratings = dir.resolve("r.csv");
        Files.writeString(ratings, "user,item\nu1,m1\nu1,m2\n");
        Path items = dir.resolve("i.csv");
        Files.writeString(items, "item,genres\nm1,comedy|drama\nm2,drama\n");
        SplitViewModel vm = new SplitViewModel(new ProjectDocument(), new SynchronousJobService(),
                new RecordingDialogService(), new ImportedDomains());
        vm.setDataFile(ratings);
        vm.setItemTable(items);
        vm.columnProperty().set("genres");
        vm.sourceValueProperty().set("comedy");
        vm.targetValueProperty().set("drama");
        assertTrue(vm.errorProperty().get().startsWith("no item has only \"comedy\" in column genres"),
                vm.errorProperty().get());
        assertFalse(vm.canApplyProperty().get());
    }

    @Test
    void aDataSetWhoseFileSaysNothingIsNamedForItsFolder() throws Exception {
        // as MovieLens ships ratings.csv in ml-latest-small/ (and u.data in ml-100k/): the domains must not be
        // "ratings/comedy" and "ratings/drama"
        Path folder = Files.createDirectories(dir.resolve("ml-latest-small"));
        Path ratings = Files.writeString(folder.resolve("ratings.csv"), "user,item\nu1,m1\nu2,m2\n");
        Path items = Files.writeString(folder.resolve("movies.csv"), "item,genres\nm1,comedy\nm2,drama\n");
        ProjectDocument document = new ProjectDocument();
        document.replace(new ProjectFile(), dir.resolve("project.json"), null);
        SplitViewModel vm = new SplitViewModel(document, new SynchronousJobService(), new RecordingDialogService(),
                new ImportedDomains());
        vm.setDataFile(ratings);
        vm.setItemTable(items);
        assertEquals("ml-latest-small", vm.nameProperty().get());
        vm.columnProperty().set("genres");
        vm.sourceValueProperty().set("comedy");
        vm.targetValueProperty().set("drama");
        assertTrue(vm.canApplyProperty().get(), vm.errorProperty().get());
        vm.apply();
        assertEquals("ml-latest-small", document.file().splitDomain.data.name);
    }

    @Test
    void anotherDataFileReplacesTheSuggestedNameButNotATypedOne() throws Exception {
        Path first = Files.writeString(dir.resolve("books.csv"), "user,item\nu1,m1\n");
        Path second = Files.writeString(dir.resolve("music.csv"), "user,item\nu1,m1\n");
        SplitViewModel vm = new SplitViewModel(new ProjectDocument(), new SynchronousJobService(),
                new RecordingDialogService(), new ImportedDomains());
        vm.setDataFile(first);
        vm.setDataFile(second);
        assertEquals("music", vm.nameProperty().get());
        vm.nameProperty().set("catalogue");
        vm.setDataFile(first);
        assertEquals("catalogue", vm.nameProperty().get());
    }
}
