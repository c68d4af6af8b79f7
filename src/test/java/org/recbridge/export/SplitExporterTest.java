package org.recbridge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.cli.RecBridgeCommand;
import org.recbridge.experiment.DataLoader;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.experiment.Project;
import org.recbridge.experiment.ProjectFile;
import org.recbridge.experiment.ProjectIO;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** {@code run --export-splits} writes the rows the runner used, per seed, in three readable forms. */
class SplitExporterTest {
    @Test
    void exportedTestRowsAreTheRunnersTestRows(@TempDir Path dir) throws Exception {
        Path projectFile = SyntheticProjects.write(SyntheticSettings.defaults().withUsers(300).withSeed(3),
                dir.resolve("p"), "export check");
        Path splits = dir.resolve("splits");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecBridgeCommand.execute(new String[] {"run", projectFile.toString(), "--seeds", "1,2",
            "--strategies", "target-only", "--threads", "1", "-q", "--out", dir.resolve("results").toString(),
            "--export-splits", splits.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("split files to " + splits), out.toString());

        Project project = ProjectIO.read(projectFile);
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        JsonNode results = new ObjectMapper().readTree(dir.resolve("results/results.json").toFile());
        for (long seed : List.of(1L, 2L)) {
            Path seedDir = splits.resolve("seed-" + seed);
            TargetSplit split = new ProblemBuilder(data, project.task(), project.features())
                    .build(project.protocol(), seed).split();
            assertEquals(rowsOf(split.train()), csvRows(seedDir.resolve("target.train.csv")));
            assertEquals(rowsOf(split.validation()), csvRows(seedDir.resolve("target.valid.csv")));
            List<String> test = csvRows(seedDir.resolve("target.test.csv"));
            assertEquals(rowsOf(split.test()), test);

            // the runner's own count of test rows and users per group matches the exported groups
            Map<String, Integer> rows = new HashMap<>();
            Map<String, java.util.Set<String>> users = new HashMap<>();
            for (String line : Files.readAllLines(seedDir.resolve("target.test.csv")).subList(1, test.size() + 1)) {
                String[] f = line.split(",");
                for (String group : List.of("all", f[4])) {
                    rows.merge(group, 1, Integer::sum);
                    users.computeIfAbsent(group, g -> new java.util.HashSet<>()).add(f[0]);
                }
            }
            int checked = 0;
            for (JsonNode r : results.get("records")) {
                if (r.get("seed").asLong() == seed) {
                    String group = r.get("group").asText();
                    assertEquals(rows.get(group).intValue(), r.get("rows").asInt(), "seed " + seed + " " + group);
                    assertEquals(users.get(group).size(), r.get("users").asInt(), "seed " + seed + " " + group);
                    checked++;
                }
            }
            assertEquals(6, checked, "all, warm and cold records of both learners, seed " + seed);

            assertEquals(data.sources().get(0).interactions().size(), csvRows(seedDir.resolve("source.csv")).size());
            List<String> inter = Files.readAllLines(seedDir.resolve("recbole/target/target.test.inter"));
            assertEquals("user_id:token\titem_id:token\trating:float\tlabel:float\tgroup:token", inter.get(0));
            assertEquals(test.size() + 1, inter.size());
            assertEquals(test.get(0), String.join(",", List.of(inter.get(1).split("\t")).subList(0, 2)));
            assertTrue(Files.exists(seedDir.resolve("recbole/source/source.inter")));
        }
        JsonNode manifest = new ObjectMapper().readTree(splits.resolve("splits.json").toFile());
        assertEquals("books", manifest.get("target").asText());
        assertEquals("movies", manifest.get("sources").get("source").asText());
    }

    @Test
    void svmlightRowsNameTheFeaturesTheLearnersSee(@TempDir Path dir) throws Exception {
        Path projectFile = SyntheticProjects.write(SyntheticSettings.defaults().withUsers(200).withSeed(5),
                dir.resolve("p"), "features check");
        Project project = ProjectIO.read(projectFile).withSeeds(List.of(4L));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        SplitExporter.write(project, data, dir.resolve("s"), CancelToken.none());
        Path features = dir.resolve("s/seed-4/features");
        List<String> names = Files.readAllLines(features.resolve("features.txt"));
        var problem = new ProblemBuilder(data, project.task(), project.features()).build(project.protocol(), 4L);
        List<String> lines = Files.readAllLines(features.resolve("target.test.svm"));
        int borrowing = 0;
        for (int r = 0; r < lines.size(); r++) {
            Row row = problem.split().test().get(r);
            // the target's own numbers, as target-only sees them: nothing of the source in the target's files
            var encoded = problem.targetOwnFeaturizer().encode(row);
            var borrowed = problem.targetFeaturizer().encode(row);
            if (!java.util.Arrays.equals(encoded.values(), borrowed.values())) {
                borrowing++;
            }
            String line = lines.get(r);
            String[] parts = line.split(" ");
            assertEquals(FeatureIndex.number(row.label()), parts[0]);
            assertEquals(encoded.names().length, parts.length - 1);
            int previous = 0;
            for (int i = 1; i < parts.length; i++) {
                int index = Integer.parseInt(parts[i].substring(0, parts[i].indexOf(':')));
                assertTrue(index > previous, "indices increase: " + line);
                previous = index;
                String name = names.get(index - 1);
                double value = Double.parseDouble(parts[i].substring(parts[i].indexOf(':') + 1));
                int at = List.of(encoded.names()).indexOf(name);
                assertTrue(at >= 0, name + " is not a feature of " + row);
                assertEquals(encoded.values()[at], value, 0.0);
            }
        }
        assertTrue(borrowing > 0, "cold-start users' test rows would have carried their source bias");
        // source rows share the feature space: a shared user has one index in both files
        assertEquals(names.size(), new java.util.HashSet<>(names).size());
        assertEquals(Files.readAllLines(features.resolve("source.svm")).size(), problem.source().rows().size());
    }

    @Test
    void sampledNegativesHaveNoRating(@TempDir Path dir) throws Exception {
        Path file = SyntheticProjects.write(SyntheticSettings.defaults().withUsers(150).withSeed(6), dir.resolve("p"),
                "implicit export");
        ProjectFile pf = ProjectIO.parse(file);
        pf.task.type = "implicit";
        pf.seeds = List.of(1L);
        ProjectIO.write(pf, file);
        Project project = ProjectIO.read(file);
        SplitExporter.write(project, DataLoader.load(project, ProgressListener.none(), CancelToken.none()),
                dir.resolve("s"), CancelToken.none());
        List<String> train = Files.readAllLines(dir.resolve("s/seed-1/target.train.csv"));
        assertTrue(train.stream().anyMatch(l -> l.matches("[^,]+,[^,]+,,0,warm")), "a sampled negative: " + train.get(1));
        assertTrue(train.stream().anyMatch(l -> l.matches("[^,]+,[^,]+,[1-5],1,warm")), "an observed pair");
    }

    private static List<String> rowsOf(List<Row> rows) {
        return rows.stream().map(r -> r.user() + "," + r.item()).toList();
    }

    /** The user,item of each data line. */
    private static List<String> csvRows(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertEquals("user,item,rating,label", lines.get(0).substring(0, "user,item,rating,label".length()));
        return lines.subList(1, lines.size()).stream().map(l -> {
            String[] f = l.split(",");
            return f[0] + "," + f[1];
        }).toList();
    }
}
