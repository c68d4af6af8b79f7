package org.recbridge.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;

/**
 * The user's cache of downloaded data sets: each unpacked in its own folder, {@code ROOT/ID/}, which appears only
 * once its archive was downloaded whole, matched its SHA-256 and unpacked. Where the cache is, which catalogue and
 * which mirror are used come from options, else Java system properties, else environment variables:
 * <ul>
 * <li>cache: {@value #DIR_PROPERTY} / {@value #DIR_ENV}, else {@code $XDG_CACHE_HOME/recbridge/datasets}, else
 *     {@code ~/.cache/recbridge/datasets};</li>
 * <li>catalogue: {@value #CATALOGUE_PROPERTY} / {@value #CATALOGUE_ENV} (a JSON file), else the built-in one;</li>
 * <li>mirror: {@value #MIRROR_PROPERTY} / {@value #MIRROR_ENV}, a base URL each archive's file name is appended
 *     to (for machines that cannot reach the original sites).</li>
 * </ul>
 */
public final class DatasetStore {
    public static final String DIR_PROPERTY = "recbridge.datasets.dir";
    public static final String DIR_ENV = "RECBRIDGE_DATASETS_DIR";
    public static final String CATALOGUE_PROPERTY = "recbridge.datasets.catalogue";
    public static final String CATALOGUE_ENV = "RECBRIDGE_DATASETS_CATALOGUE";
    public static final String MIRROR_PROPERTY = "recbridge.datasets.mirror";
    public static final String MIRROR_ENV = "RECBRIDGE_DATASETS_MIRROR";

    private final DatasetCatalogue catalogue;
    private final Path root;

    public DatasetStore(DatasetCatalogue catalogue, Path root) {
        this.catalogue = catalogue;
        this.root = root.toAbsolutePath().normalize();
    }

    public static DatasetStore fromEnvironment() throws DatasetException {
        return configured(null, null, null);
    }

    /** Each argument, when null, comes from the system property, then the environment, then the default. */
    public static DatasetStore configured(Path dir, Path catalogueFile, String mirror) throws DatasetException {
        if (dir == null) {
            String d = setting(DIR_PROPERTY, DIR_ENV);
            dir = d != null ? Path.of(d) : defaultRoot();
        }
        if (catalogueFile == null) {
            String c = setting(CATALOGUE_PROPERTY, CATALOGUE_ENV);
            catalogueFile = c == null ? null : Path.of(c);
        }
        DatasetCatalogue catalogue = catalogueFile == null ? DatasetCatalogue.builtIn()
                : DatasetCatalogue.read(catalogueFile);
        if (mirror == null) {
            mirror = setting(MIRROR_PROPERTY, MIRROR_ENV);
        }
        return new DatasetStore(mirror == null ? catalogue : catalogue.mirroredAt(mirror), dir);
    }

    private static Path defaultRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("recbridge").resolve("datasets");
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v;
    }

    public DatasetCatalogue catalogue() {
        return catalogue;
    }

    public Path root() {
        return root;
    }

    /** Where the data set is (or would be) unpacked. */
    public Path location(String id) {
        return root.resolve(id);
    }

    public boolean isPresent(String id) {
        return Files.isDirectory(location(id));
    }

    /** The data set's folder, downloading, checking and unpacking it first if it is not in the cache. */
    public Path get(String id, ProgressListener progress, CancelToken cancel) throws DatasetException {
        PublicDataset dataset = catalogue.byId(id);
        if (!isPresent(id)) {
            DatasetDownload.fetch(dataset, root, location(id), progress, cancel);
        }
        return location(id);
    }

    /** The data set that a path in this cache belongs to, or null if the path is elsewhere. */
    public String datasetOf(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(root) && p.getNameCount() > root.getNameCount()
                ? p.getName(root.getNameCount()).toString() : null;
    }
}
