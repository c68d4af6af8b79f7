package org.recbridge.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.recbridge.util.FileProblemException;
import org.recbridge.util.JsonFiles;

/**
 * The public data sets RecBridge knows: the built-in list ({@code catalogue.json} beside this class), or another
 * list in the same JSON form (for a private mirror of other archives, and for tests).
 */
public final class DatasetCatalogue {
    private static final ObjectMapper JSON = JsonFiles.strict(new ObjectMapper());
    private final List<PublicDataset> datasets;

    public DatasetCatalogue(List<PublicDataset> datasets) {
        this.datasets = List.copyOf(datasets);
    }

    public static DatasetCatalogue builtIn() {
        try (InputStream in = DatasetCatalogue.class.getResourceAsStream("catalogue.json")) {
            return new DatasetCatalogue(parse(JSON.readTree(in), "the built-in catalogue"));
        } catch (IOException e) {
            throw new IllegalStateException("the built-in data set catalogue cannot be read", e);
        }
    }

    /** A catalogue file: a JSON list of {id, title, url, bytes, sha256, terms, files}. */
    public static DatasetCatalogue read(Path file) throws DatasetException {
        try {
            return new DatasetCatalogue(parse(JsonFiles.readTree(file), file.toString()));
        } catch (FileProblemException e) {
            throw new DatasetException("cannot read the data set catalogue: " + e.getMessage());
        }
    }

    public List<PublicDataset> all() {
        return datasets;
    }

    /** @throws IllegalArgumentException naming the known ids if {@code id} is not one */
    public PublicDataset byId(String id) {
        return datasets.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown data set \"" + id + "\"; known: " + ids()));
    }

    /** Every archive downloaded from a mirror instead (see {@link PublicDataset#mirroredAt}). */
    public DatasetCatalogue mirroredAt(String base) {
        return new DatasetCatalogue(datasets.stream().map(d -> d.mirroredAt(base)).toList());
    }

    private String ids() {
        return datasets.stream().map(PublicDataset::id).collect(Collectors.joining(", "));
    }

    private static List<PublicDataset> parse(JsonNode root, String where) throws DatasetException {
        if (root == null || !root.isArray()) {
            throw new DatasetException(where + ": expected a JSON list of data sets");
        }
        List<PublicDataset> out = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode d = root.get(i);
            List<String> files = new ArrayList<>();
            d.path("files").forEach(f -> files.add(f.asText()));
            String sha = text(d, "sha256", where, i);
            if (!sha.matches("[0-9a-fA-F]{64}")) {
                throw new DatasetException(where + ", entry " + i + ", field sha256: expected 64 hex digits, got \""
                        + sha + "\"");
            }
            try {
                out.add(new PublicDataset(text(d, "id", where, i), d.path("title").asText(""),
                        new URI(text(d, "url", where, i)), d.path("bytes").asLong(0), sha, d.path("terms").asText(""),
                        files));
            } catch (java.net.URISyntaxException e) {
                throw new DatasetException(where + ", entry " + i + ", field url: " + e.getMessage());
            }
        }
        return out;
    }

    private static String text(JsonNode d, String field, String where, int i) throws DatasetException {
        JsonNode v = d.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new DatasetException(where + ", entry " + i + ", field " + field + ": missing");
        }
        return v.asText();
    }
}
