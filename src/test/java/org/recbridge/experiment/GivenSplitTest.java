package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/** A benchmark's own train, validation and test files, and CDRIB's numbering of shared users. */
class GivenSplitTest {
    @TempDir
    Path dir;

    /** Whitespace files as CDRIB ships them: "user item rating" lines, users 0-4 shared, 5-9 per domain. */
    private Path project(String protocolExtra) throws Exception {
        SplittableRandom random = new SplittableRandom(1);
        List<String> source = new ArrayList<>();
        List<String> train = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (int u = 0; u < 10; u++) {
            for (int i = 0; i < 6; i++) {
                source.add(u + "\t" + (u * 7 + i) % 40 + "\t" + (1 + random.nextInt(5)));
            }
        }
        for (int u = 0; u < 10; u++) {
            for (int i = 0; i < 5; i++) {
                String line = u + " " + (u * 3 + i) % 30 + " " + (1 + random.nextInt(5));
                // users 0 and 1 are cold: every row of theirs is a validation or test row
                (u < 2 ? (i < 2 ? valid : test) : i == 0 ? valid : i == 1 ? test : train).add(line);
            }
        }
        Files.write(dir.resolve("source.txt"), source);
        Files.write(dir.resolve("train.txt"), train);
        Files.write(dir.resolve("valid.txt"), valid);
        Files.write(dir.resolve("test.txt"), test);
        Path p = dir.resolve("project.json");
        Files.writeString(p, "{\"sources\":[{\"name\":\"game\",\"interactions\":\"source.txt\",\"format\":\"whitespace\"}],"
                + "\"target\":{\"name\":\"video\",\"interactions\":\"train.txt\",\"format\":\"whitespace\"},"
                + "\"linking\":{\"users\":\"first-n\",\"sharedUsers\":5},"
                + "\"protocol\":{\"type\":\"given\",\"validationFile\":\"valid.txt\",\"testFile\":\"test.txt\""
                + protocolExtra + "}}");
        return p;
    }

    private static Set<String> pairs(List<Row> rows) {
        return rows.stream().map(r -> r.user() + " " + r.item()).collect(Collectors.toSet());
    }

    private Set<String> filePairs(String name) throws Exception {
        return Files.readAllLines(dir.resolve(name)).stream().map(l -> String.join(" ", List.of(l.split("\\s+"))
                .subList(0, 2))).collect(Collectors.toSet());
    }

    @Test
    void everySeedTrainsAndTestsOnExactlyTheFilesRows() throws Exception {
        Project project = ProjectIO.read(project(""));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        assertEquals(10 * 5, data.target().interactions().size(), "the target holds the three files' rows");
        ProblemBuilder builder = new ProblemBuilder(data, project.task());
        for (long seed : List.of(1L, 2L, 3L)) {
            TargetSplit split = builder.build(project.protocol(), seed).split();
            assertEquals(8 * 3, split.train().size());
            assertEquals(2 * 2 + 8, split.validation().size());
            assertEquals(2 * 3 + 8, split.test().size());
            assertEquals(filePairs("train.txt"), pairs(split.train()));
            assertEquals(filePairs("valid.txt"), pairs(split.validation()));
            assertEquals(filePairs("test.txt"), pairs(split.test()));
            assertEquals(Set.of("0", "1"), split.coldUsers(), "derived: test users without a training row");
        }
    }

    @Test
    void aColdUsersFileNamesTheColdUsers() throws Exception {
        Files.write(dir.resolve("cold.txt"), List.of("# cold users", "1", ""));
        Project project = ProjectIO.read(project(",\"coldUsers\":\"cold.txt\""));
        TransferProblem problem = new ProblemBuilder(DataLoader.load(project, ProgressListener.none(),
                CancelToken.none()), project.task()).build(project.protocol(), 1);
        assertEquals(Set.of("1"), problem.split().coldUsers());
    }

    @Test
    void firstNUsersAreSharedAndTheOthersBelongToTheirDomain() throws Exception {
        Project project = ProjectIO.read(project(""));
        LoadedData data = DataLoader.load(project, ProgressListener.none(), CancelToken.none());
        Set<String> sourceUsers = new HashSet<>(data.sources().get(0).interactions().users().names());
        assertEquals(Set.of("0", "1", "2", "3", "4", "game:5", "game:6", "game:7", "game:8", "game:9"), sourceUsers);
        assertTrue(data.summaries().contains("linking: users first-n (ids 0 to 4 shared), items per-domain"),
                data.summaries().toString());
    }

    @Test
    void givenSplitFieldsAreCheckedWithTheFieldNamed() throws Exception {
        Path p = project("");
        Files.writeString(p, Files.readString(p).replace(",\"testFile\":\"test.txt\"", ""));
        assertEquals("project.json, field protocol.testFile: missing",
                assertThrows(ProjectException.class, () -> ProjectIO.read(p)).getMessage());
        Files.writeString(p, Files.readString(p).replace("\"sharedUsers\":5", "\"sharedUsers\":0"));
        assertTrue(assertThrows(ProjectException.class, () -> ProjectIO.read(p)).getMessage()
                .startsWith("project.json, field linking.sharedUsers: users first-n needs the number of shared users"));
    }
}
