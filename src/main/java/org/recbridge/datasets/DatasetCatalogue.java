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
 * list in the same JSON form (for a private mirror of other archives, and for tests). An entry is one zip archive
 * ({@code url}, {@code sha256}, {@code files} as names inside it) or loose files ({@code url} a folder ending with
 * /, {@code files} as {name, bytes, sha256} objects, each downloaded from the folder and its name).
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

    /** A catalogue file: a JSON list of {id, title, url, bytes, sha256, terms, files} (see the class comment). */
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
            String id = text(d, "id", where, i);
            URI url = uri(text(d, "url", where, i), where + ", entry " + i);
            boolean loose = d.path("files").size() > 0 && d.path("files").get(0).isObject();
            if (loose) {
                out.add(PublicDataset.looseFiles(id, d.path("title").asText(""), folder(url, where, i),
                        d.path("terms").asText(""), looseFiles(d.path("files"), where + ", entry " + i)));
                continue;
            }
            List<String> files = new ArrayList<>();
            d.path("files").forEach(f -> files.add(f.asText()));
            out.add(new PublicDataset(id, d.path("title").asText(""), url, d.path("bytes").asLong(0),
                    sha(text(d, "sha256", where, i), where + ", entry " + i), d.path("terms").asText(""), files));
        }
        return out;
    }

    /** Loose files: {name, bytes, sha256} each, the name a relative path that stays inside the data set's folder. */
    private static List<PublicDataset.RemoteFile> looseFiles(JsonNode files, String where) throws DatasetException {
        List<PublicDataset.RemoteFile> out = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            JsonNode file = files.get(f);
            String at = where + ", files[" + f + "]";
            String name = file.path("name").asText("");
            if (name.isBlank() || name.startsWith("/") || name.contains("\\")
                    || java.util.Arrays.asList(name.split("/")).contains("..")) {
                throw new DatasetException(at + ", field name: expected a relative path inside the data set, got \""
                        + name + "\"");
            }
            out.add(new PublicDataset.RemoteFile(name, file.path("bytes").asLong(0),
                    sha(file.path("sha256").asText(""), at)));
        }
        return out;
    }

    private static URI folder(URI url, String where, int i) throws DatasetException {
        if (!url.getPath().endsWith("/")) {
            throw new DatasetException(where + ", entry " + i + ", field url: the folder of loose files must end "
                    + "with /, got " + url);
        }
        return url;
    }

    private static URI uri(String text, String where) throws DatasetException {
        try {
            URI uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new DatasetException(where + ", field url: expected an http(s) address, got " + text);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new DatasetException(where + ", field url: " + e.getMessage());
        }
    }

    private static String sha(String sha, String where) throws DatasetException {
        if (!sha.matches("[0-9a-fA-F]{64}")) {
            throw new DatasetException(where + ", field sha256: expected 64 hex digits, got \"" + sha + "\"");
        }
        return sha;
    }

    private static String text(JsonNode d, String field, String where, int i) throws DatasetException {
        JsonNode v = d.get(field);
        if (v == null || v.asText().isBlank()) {
            throw new DatasetException(where + ", entry " + i + ", field " + field + ": missing");
        }
        return v.asText();
    }
}
