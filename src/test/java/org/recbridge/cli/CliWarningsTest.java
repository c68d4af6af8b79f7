package org.recbridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recbridge.cli.CliTest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are valid but limit what a run can show: diagnose says so, and says nothing misleading. */
class CliWarningsTest {
    private static Path project(Path dir, String target) throws Exception {
        return TinyProjects.write(dir, target, "\"linking\": {\"items\": \"shared\"}, \"seeds\": [1]");
    }

    @Test
    void aTargetSharingNoUserWithTheSourceIsToldThereIsNoColdStartGroup(@TempDir Path dir) throws Exception {
        // the target's users are new people (x0, x1, ...) rating items the source also has (m0, m1, ...)
        String target = TinyProjects.source().replaceAll("(?m)^u(?=\\d)", "x");
        CliTest.Result r = cli("diagnose", project(dir, target).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no target user (0 of 40) appears in source s: there is no cold-start group"),
                r.out());
    }

    @Test
    void aSingleClassTargetIsNotAdvisedToReadAuc(@TempDir Path dir) throws Exception {
        String target = TinyProjects.target()
                .replaceAll("(?m),[1-5]$", ",5");
        Path project = project(dir, target);
        CliTest.Result r = cli("diagnose", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("every t rating is a like"), r.out());
        assertFalse(r.out().contains("read AUC"), r.out());
        // run refuses it before training, in one line naming the field and the ratings' range
        CliTest.Result run = cli("run", project.toString(), "-q");
        assertEquals(1, run.code(), run.err());
        assertEquals("error: " + project.getFileName() + ", field task.likeThreshold: 4 makes every rating of t a like (its ratings go "
                + "from 5 to 5); set a threshold above the lowest rating and at most the highest", run.err().strip());
        assertFalse(Files.exists(dir.resolve("results")), "nothing written");
    }
}
