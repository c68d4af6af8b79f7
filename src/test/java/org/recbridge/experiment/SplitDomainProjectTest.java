package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A MovieLens-100K-style data set split into Comedy (source) and Drama (target) by the project file. */
class SplitDomainProjectTest {
    @Test
    void splitsOneDataSetByGenreAndRuns(@TempDir Path dir) throws Exception {
        SplittableRandom r = new SplittableRandom(1);
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            boolean comedy = i <= 22;
            boolean drama = i > 18;
            // id | title | release | video release | url | 19 genre flags (Comedy is flag 5, Drama flag 8)
            StringBuilder flags = new StringBuilder();
            for (int g = 0; g < 19; g++) {
                flags.append('|').append((g == 5 && comedy) || (g == 8 && drama) ? 1 : 0);
            }
            items.append(i).append("|Film ").append(i).append(" (1995)|01-Jan-1995||http://x").append(flags).append('\n');
        }
        Files.write(dir.resolve("u.item"), items.toString().getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder data = new StringBuilder();
        for (int u = 1; u <= 80; u++) {
            for (int i = 1; i <= 40; i++) {
                if (r.nextDouble() < 0.4) {
                    int rating = ((u + i) % 2 == 0) ? 4 + r.nextInt(2) : 1 + r.nextInt(3);
                    data.append(u).append('\t').append(i).append('\t').append(rating).append('\t')
                            .append(880000000 + u * 100 + i).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("u.data"), data.toString());
        Files.writeString(dir.resolve("project.json"), """
                {"name":"comedy to drama",
                 "splitDomain":{"data":{"interactions":"u.data","items":"u.item"},
                                "column":"genres","sourceValue":"Comedy","targetValue":"Drama"},
                 "strategies":["target-only","source-only"],"seeds":[1]}
                """);
        Project project = ProjectIO.read(dir.resolve("project.json"));
        LoadedData loaded = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        // items 19..22 are both comedy and drama: left out
        assertEquals(18, loaded.sources().get(0).interactions().items().size());
        assertEquals(18, loaded.target().interactions().items().size());
        assertTrue(loaded.summaries().stream().anyMatch(s -> s.contains("4 items in both")), loaded.summaries().toString());
        ExperimentResults results = ExperimentRunner.withAllCores().run(project, loaded, ProgressListener.none(),
                CancelToken.none());
        assertEquals(2, results.runs().size());
        assertTrue(results.records().stream().anyMatch(x -> x.group().equals("cold")));
    }
}
