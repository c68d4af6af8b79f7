package org.recbridge.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.recbridge.data.DataFormatException;

/** A given split's cold users: one user id per line (the first field; blank lines and # comments skipped). */
final class ColdUsersFile {
    private ColdUsersFile() {
    }

    static Set<String> read(Path file) throws IOException, DataFormatException {
        Set<String> users = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    users.add(t.split("[\\s,;]+")[0]);
                }
            }
        }
        if (users.isEmpty()) {
            throw new DataFormatException(file.getFileName().toString(), 0, null,
                    "no user ids; expected one cold user id per line");
        }
        return users;
    }
}
