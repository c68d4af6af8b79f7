package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** learners[i].loss in a project file: bpr for fm on the implicit task, refused elsewhere with the field named. */
class BprProjectTest {
    @TempDir
    Path dir;

    private Path project(String task, String learner) throws Exception {
        return Files.writeString(dir.resolve("project.json"), "{\"sources\": [{\"interactions\": \"s.csv\"}], "
                + "\"target\": {\"interactions\": \"t.csv\"}, \"task\": {\"type\": \"" + task + "\"}, "
                + "\"learners\": [" + learner + "]}");
    }

    private String refusal(String task, String learner) {
        return assertThrows(ProjectException.class, () -> ProjectIO.read(project(task, learner))).getMessage();
    }

    @Test
    void bprIsReadForTheFmLearnerOnTheImplicitTask() throws Exception {
        Project p = ProjectIO.read(project("implicit", "{\"type\": \"fm\", \"loss\": \"bpr\"}"));
        assertTrue(p.learners().get(0).bpr());
        assertEquals("fm bpr", p.learners().get(0).label());
        assertTrue(!ProjectIO.read(project("implicit", "{\"type\": \"fm\", \"loss\": \"log\"}")).learners().get(0).bpr());
    }

    @Test
    void refusedWithItsFieldElsewhere() {
        assertTrue(refusal("classification", "{\"type\": \"fm\", \"loss\": \"bpr\"}")
                .contains("learners[0].loss bpr needs the implicit task"));
        assertTrue(refusal("implicit", "{\"type\": \"linear\", \"loss\": \"bpr\"}")
                .contains("learners[0].loss bpr is for the fm learner"));
        assertTrue(refusal("implicit", "{\"type\": \"fm\", \"loss\": \"hinge\"}")
                .contains("learners[0].loss must be log or bpr, got \"hinge\""));
    }
}
