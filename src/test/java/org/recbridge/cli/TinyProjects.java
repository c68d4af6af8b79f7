package org.recbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A two-domain project of 40 users on the corpus's good files: trains in a second, for command-line tests. */
final class TinyProjects {
    static final Path DATA = Path.of("src/test/resources/bad/good");

    private TinyProjects() {
    }

    static String source() throws IOException {
        return Files.readString(DATA.resolve("source.csv"));
    }

    static String target() throws IOException {
        return Files.readString(DATA.resolve("target.csv"));
    }

    /**
     * Writes source.csv, target.csv (the given text) and p.json into {@code dir}.
     *
     * @param fields more project fields, e.g. {@code "seeds": [1, 2]}; they override the defaults here
     */
    static Path write(Path dir, String target, String fields) throws IOException {
        Files.writeString(dir.resolve("source.csv"), source());
        Files.writeString(dir.resolve("target.csv"), target);
        Path p = dir.resolve("p.json");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var project = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree("{\"sources\": [{\"name\": \"s\", "
                + "\"interactions\": \"source.csv\"}], \"target\": {\"name\": \"t\", \"interactions\": \"target.csv\"}, "
                + "\"protocol\": {\"type\": \"warm\"}, \"learners\": [{\"type\": \"linear\", \"epochs\": 2}], "
                + "\"strategies\": [\"target-only\"]}");
        // the fields given replace the defaults (a project file gives each key once)
        project.setAll((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree("{" + fields + "}"));
        Files.writeString(p, json.writeValueAsString(project));
        return p;
    }
}
