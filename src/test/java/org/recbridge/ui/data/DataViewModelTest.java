package org.recbridge.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.Overlap;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.ui.common.RecordingDialogService;
import org.recbridge.ui.common.SynchronousJobService;
import org.recbridge.ui.project.ProjectDocument;

class DataViewModelTest {
    private static final Path SAMPLE = Path.of("sample-projects/movies-to-books/project.json");
    private final ProjectDocument document = new ProjectDocument();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final SynchronousJobService jobs = new SynchronousJobService();

    @Test
    void eachDomainCardHasAnExportableRatingHistogramNamedForItsDomain() throws Exception {
        DataViewModel vm = new DataViewModel(document, jobs, dialogs, new ImportedDomains());
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);
        DomainSummary books = vm.domains().get(1);
        RatingHistogramModel histogram = vm.histogram(books);
        org.jfree.data.category.CategoryDataset data = histogram.freshChart().getCategoryPlot().getDataset();
        assertEquals(List.of("books"), data.getRowKeys());
        double rows = 0;
        for (int c = 0; c < data.getColumnCount(); c++) {
            rows += data.getValue(0, c).doubleValue();
        }
        assertEquals(books.stats().rows(), rows, 0.0);
        assertEquals("ratings-books", histogram.fileName());
        assertNotNull(histogram.chartProperty().get(), "the card shows it at once");
    }

    @Test
    void summarisesEachDomainAndTheOverlapOnceWhenTheProjectOpens() throws Exception {
        DataViewModel vm = new DataViewModel(document, jobs, dialogs, new ImportedDomains());
        assertTrue(vm.statusProperty().get().startsWith("No data yet"));
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);

        assertEquals(List.of("movies", "books"), vm.domains().stream().map(DomainSummary::name).toList());
        DomainSummary books = vm.domains().get(1);
        assertEquals("target", books.role());
        assertEquals(8865, books.stats().rows());
        assertEquals(1500, books.stats().users());
        assertEquals(400, books.stats().items());
        assertEquals(8865.0 / (1500 * 400), books.stats().density(), 1e-12);
        assertEquals(8865, books.stats().ratingHistogram().values().stream().mapToInt(Integer::intValue).sum());
        assertNull(books.problem());
        Overlap overlap = vm.overlaps().get(0);
        assertEquals(1000, overlap.sharedUsers());
        assertEquals(0, overlap.sharedItems());
        assertEquals(List.of("i.genre", "i.year", "u.activity", "u.age_group"), overlap.sharedFeatures());
        assertEquals("", vm.statusProperty().get());

        int jobsSoFar = jobs.titles.size();
        document.edit(f -> f.seeds.add(4L));
        assertEquals(jobsSoFar, jobs.titles.size(), "an experiment edit does not import the data again");
    }

    @Test
    void aDomainThatCannotBeImportedSaysWhyAndTheOthersStillShow(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "user,item,rating\nu1,i1,4\nu2,i1,x\n");
        ProjectFile f = ProjectIO.parse(SAMPLE);
        f.target.interactions = bad.toString();
        f.target.users = null;
        f.target.items = null;
        document.replace(f, SAMPLE, null);
        DataViewModel vm = new DataViewModel(document, jobs, dialogs, new ImportedDomains());
        assertEquals(60683, vm.domains().get(0).stats().rows());
        assertEquals("bad.csv line 3, column rating: \"x\" is not a number", vm.domains().get(1).problem());
        assertTrue(vm.overlaps().isEmpty());
    }

    @Test
    void removingASourceAsksFirst() throws Exception {
        document.replace(ProjectIO.parse(SAMPLE), SAMPLE, null);
        DataViewModel vm = new DataViewModel(document, jobs, dialogs, new ImportedDomains());
        dialogs.confirmAnswers.add(false);
        vm.removeSource(0);
        assertEquals(1, document.file().sources.size());
        dialogs.confirmAnswers.add(true);
        vm.removeSource(0);
        assertTrue(document.file().sources.isEmpty());
        assertEquals(List.of("books"), vm.domains().stream().map(DomainSummary::name).toList());
    }

    @Test
    void aSampleWhoseDataSetIsNotDownloadedSaysRunDownloadsIt(@TempDir Path cache) throws Exception {
        Path sample = Path.of("sample-projects/movielens-genres/project.json");
        String before = System.getProperty(org.recbridge.datasets.DatasetStore.DIR_PROPERTY);
        System.setProperty(org.recbridge.datasets.DatasetStore.DIR_PROPERTY, cache.toString());
        try {
            DataViewModel vm = new DataViewModel(document, jobs, dialogs, new ImportedDomains());
            document.replace(ProjectIO.parse(sample), sample, null);
            assertEquals(1, vm.domains().size());
            assertEquals("The public data set ml-100k (4.9 MB) is not downloaded yet: Run downloads it into the data "
                    + "set cache (" + cache.toAbsolutePath().normalize() + "), then its counts show here",
                    vm.domains().get(0).problem());

            // as a run leaves it (here without its files): the card is made again, and now looks for the files
            Files.createDirectories(cache.resolve("ml-100k"));
            document.setResults(null);
            document.edit(f -> { });
            String now = vm.domains().get(0).problem();
            assertTrue(now.contains("u.data") && !now.contains("not downloaded"), now);
        } finally {
            if (before == null) {
                System.clearProperty(org.recbridge.datasets.DatasetStore.DIR_PROPERTY);
            } else {
                System.setProperty(org.recbridge.datasets.DatasetStore.DIR_PROPERTY, before);
            }
        }
    }
}
