package org.recbridge.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.ProjectValidator;
import org.recbridge.ui.common.BackgroundJob;
import org.recbridge.ui.common.JobService;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;
import org.recbridge.util.ProgressListener;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private final ProjectDocument document = new ProjectDocument();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SynchronousJobService jobs = new SynchronousJobService();

    @BeforeEach
    void savedProject() {
        document.replace(new ProjectFile(), dir.resolve("project.json"), null);
    }

    private ImportViewModel dialog(DomainSlot slot) {
        return new ImportViewModel(document, jobs, dialogs, slot, new ImportedDomains());
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void aGoodFileIsPreviewedAndImportedIntoTheProject() throws IOException {
        Path ratings = write("data/movies.csv", "user,item,rating,genre", "u1,i1,4,drama", "u2,i1,5,comedy",
                "u2,i2,3,drama");
        ImportViewModel vm = dialog(DomainSlot.NEW_SOURCE);
        dialogs.fileAnswers.add(Optional.of(ratings));
        vm.chooseFile();

        assertEquals("delimited", vm.detectedFormatProperty().get());
        assertEquals(",", vm.delimiterProperty().get());
        assertEquals("UTF-8", vm.encodingProperty().get());
        assertEquals(List.of(new ColumnChoice("user", ColumnRole.USER, false),
                new ColumnChoice("item", ColumnRole.ITEM, false), new ColumnChoice("rating", ColumnRole.RATING, false),
                new ColumnChoice("genre", ColumnRole.CATEGORICAL, false)), vm.columns());
        assertEquals(3, vm.previewRows().size());
        assertEquals(List.of("u2", "i1", "5", "comedy"), vm.previewRows().get(1));
        assertEquals("movies", vm.nameProperty().get());
        assertTrue(vm.canImportProperty().get());

        vm.duplicatesProperty().set(DuplicatePolicy.AVERAGE);
        vm.importDomain();

        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.doneProperty().get());
        assertTrue(document.dirtyProperty().get());
        ProjectFile.DomainSpec spec = document.file().sources.get(0);
        assertEquals("movies", spec.name);
        assertEquals("data/movies.csv", spec.interactions, "relative to the project file");
        assertEquals("average", spec.duplicates);
        assertEquals(Map.of(), spec.roles);
        assertNull(document.file().target);
        assertEquals(List.of("movies: movies.csv (interactions, delimited): 3 rows read, 3 imported, 2 users, 2 items"),
                dialogs.notifications);
        assertEquals(ratings.toAbsolutePath(), ProjectValidator.domain(document.projectFile(), spec, "sources[0]")
                .interactions(), "the command line finds the file the dialog imported");
    }

    @Test
    void aMalformedFileShowsFileLineAndColumnAndLeavesTheProjectAsItWas() throws IOException {
        Path bad = write("bad.csv", "user,item,rating", "u1,i1,4", "u2,i1,\"4,5\"", "u3,i2,3");
        document.edit(f -> f.name = "kept");
        String before = ProjectIO.toJson(document.file());
        int revision = document.revisionProperty().get();
        ImportViewModel vm = dialog(DomainSlot.TARGET);
        vm.setFile(bad);
        assertEquals(3, vm.previewRows().size(), "the preview shows the file; only the import parses values");

        vm.importDomain();

        assertEquals("bad.csv line 3, column rating: \"4,5\" is not a number", vm.errorProperty().get());
        assertFalse(vm.doneProperty().get());
        assertFalse(vm.busyProperty().get());
        assertEquals(before, ProjectIO.toJson(document.file()));
        assertEquals(revision, document.revisionProperty().get());
    }

    @Test
    void rolesSetForSeveralColumnsAtOnceAreStoredAsTheProjectsOverrides() throws IOException {
        Path file = write("books.csv", "user,item,stars,year,genre", "u1,b1,4,1999,drama", "u2,b1,2,2001,comedy");
        ImportViewModel vm = dialog(DomainSlot.TARGET);
        vm.setFile(file);
        assertEquals(ColumnRole.NUMERIC, vm.columns().get(3).role());

        vm.setRole(List.of("year", "genre"), ColumnRole.IGNORE);
        assertEquals(List.of(ColumnRole.USER, ColumnRole.ITEM, ColumnRole.RATING, ColumnRole.IGNORE, ColumnRole.IGNORE),
                vm.columns().stream().map(ColumnChoice::role).toList());
        assertTrue(vm.columns().get(4).chosen());

        vm.setRole(List.of("user", "item"), ColumnRole.USER);
        assertEquals("Only one column can be the user column; 2 are selected.", vm.errorProperty().get());

        vm.setRole(List.of("stars"), ColumnRole.NUMERIC);
        vm.importDomain();
        assertEquals(Map.of("year", "ignore", "genre", "ignore", "stars", "numeric"), document.file().target.roles);
        assertEquals("books", document.file().target.name);
    }

    @Test
    void withoutAUserAndAnItemColumnThereIsNothingToImport() throws IOException {
        Path file = write("items.csv", "item,genre", "i1,drama", "i2,comedy");
        ImportViewModel vm = dialog(DomainSlot.NEW_SOURCE);
        vm.setFile(file);
        assertFalse(vm.canImportProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("No user and item column"), vm.errorProperty().get());
    }

    @Test
    void sideTablesAndAnUnsavedProjectStoreAbsolutePaths() throws IOException {
        document.replace(new ProjectFile(), null, null);
        Path ratings = write("r.csv", "user,item,rating", "u1,i1,4", "u2,i2,2");
        Path users = write("users.csv", "user,age", "u1,30", "u2,40");
        ImportViewModel vm = dialog(DomainSlot.TARGET);
        vm.setFile(ratings);
        vm.setUserTable(users);
        vm.skipBadRowsProperty().set(true);
        vm.nameProperty().set("books");
        vm.importDomain();
        ProjectFile.DomainSpec spec = document.file().target;
        assertEquals(ratings.toAbsolutePath().toString(), spec.interactions);
        assertEquals(users.toAbsolutePath().toString(), spec.users);
        assertTrue(spec.skipBadRows);
    }

    @Test
    void aDialogClosedWhileImportingLeavesTheProjectAlone() throws IOException {
        Path ratings = write("r.csv", "user,item", "u1,i1");
        List<Runnable> pending = new ArrayList<>();
        ImportViewModel vm = new ImportViewModel(document, new DeferredJobs(jobs, pending), dialogs,
                DomainSlot.NEW_SOURCE, new ImportedDomains());
        vm.setFile(ratings);
        pending.remove(0).run(); // the preview
        vm.importDomain();
        vm.abandon();
        pending.remove(0).run(); // the import ends after the dialog closed
        assertTrue(document.file().sources.isEmpty());
        assertFalse(vm.doneProperty().get());
    }

    /** Holds each job until the test runs it, to close the dialog while one is under way. */
    private record DeferredJobs(SynchronousJobService inline, List<Runnable> pending)
            implements JobService {
        @Override
        public <T> Handle submit(String title, BackgroundJob<T> job,
                                 Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure, Runnable onCancelled) {
            pending.add(() -> inline.submit(title, job, onSuccess, onFailure, onCancelled));
            return new Handle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        @Override
        public <T> Handle submit(String title, BackgroundJob<T> job,
                                 ProgressListener onProgress, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure, Runnable onCancelled) {
            return submit(title, job, onSuccess, onFailure, onCancelled);
        }
    }

    @Test
    void aSecondDomainWithTheSameNameIsRefused() throws IOException {
        Path ratings = write("r.csv", "user,item", "u1,i1");
        ImportViewModel first = dialog(DomainSlot.NEW_SOURCE);
        first.setFile(ratings);
        first.importDomain();
        String before = ProjectIO.toJson(document.file());
        ImportViewModel second = dialog(DomainSlot.TARGET);
        second.setFile(ratings);
        second.importDomain();
        assertEquals("The project already has a domain named \"r\"; choose another name.", second.errorProperty().get());
        assertEquals(before, ProjectIO.toJson(document.file()));
    }

    @Test
    void aFileWhoseNameSaysNothingGivesItsFoldersName() throws IOException {
        Path ratings = write("ml-100k/u.data", "196\t242\t3\t881250949", "186\t302\t3\t891717742");
        ImportViewModel vm = dialog(DomainSlot.NEW_SOURCE);
        vm.setFile(ratings);
        assertEquals("ml-100k", vm.nameProperty().get());
        vm.setFile(write("ml-1m/ratings.dat", "1::1193::5::978300760"));
        assertEquals("ml-1m", vm.nameProperty().get());
        vm.setFile(write("ml-1m/movies.dat", "1::Toy Story (1995)::Animation"));
        assertEquals("movies", vm.nameProperty().get(), "a file named for what it holds keeps its own name");
    }

    @Test
    void aSecondFileReplacesTheFirstFilesNameButNeverATypedOne() throws IOException {
        Path books = write("books.csv", "user,item,rating", "u1,i1,4");
        Path music = write("music.csv", "user,item,rating", "u1,i1,4");
        ImportViewModel vm = dialog(DomainSlot.TARGET);
        vm.setFile(books);
        assertEquals("books", vm.nameProperty().get());
        vm.setFile(music);
        assertEquals("music", vm.nameProperty().get());
        vm.nameProperty().set("albums");
        vm.setFile(books);
        assertEquals("albums", vm.nameProperty().get());
        vm.nameProperty().set("");
        vm.setFile(books);
        assertEquals("books", vm.nameProperty().get(), "a cleared name is filled again");
    }
}
