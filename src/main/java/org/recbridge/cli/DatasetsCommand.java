package org.recbridge.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.recbridge.datasets.DatasetReference;
import org.recbridge.datasets.DatasetStore;
import org.recbridge.datasets.PublicDataset;
import org.recbridge.util.CancelToken;
import org.recbridge.util.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = {"List the public data sets RecBridge knows, or (datasets get ID) download one into the cache, "
                + "check its SHA-256 and unpack it. A project names a file of one as \"dataset:ID/FILE\", e.g. "
                + "\"interactions\": \"dataset:ml-100k/u.data\"; run downloads it on first use.",
            "The cache is " + DatasetStore.DIR_ENV + ", else $XDG_CACHE_HOME/recbridge/datasets, else "
                + "~/.cache/recbridge/datasets."})
final class DatasetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "get", description = "download a data set")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "the data set to download")
    String id;

    @Option(names = "--cache", paramLabel = "DIR", description = "the data set cache (default: see above)")
    Path cache;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "another list of data sets (JSON; default: "
            + DatasetStore.CATALOGUE_ENV + " or the built-in list)")
    Path catalogue;

    @Option(names = "--mirror", paramLabel = "URL", description = "download archives from this base URL instead "
            + "(default: " + DatasetStore.MIRROR_ENV + ", else each data set's own URL)")
    String mirror;

    @Override
    public Integer call() throws Exception {
        DatasetStore store = DatasetStore.configured(cache, catalogue, mirror);
        if (action == null) {
            list(store);
            return 0;
        }
        if (!action.equals("get") || id == null) {
            throw new ParameterException(spec.commandLine(), action.equals("get")
                    ? "datasets get: which data set? e.g. datasets get ml-100k"
                    : "unknown action \"" + action + "\"; use: datasets, or datasets get ID");
        }
        var err = spec.commandLine().getErr();
        ProgressListener progress = (fraction, message) -> {
            err.printf("[%3.0f%%] %s%n", fraction * 100, message);
            err.flush();
        };
        boolean cached = store.isPresent(id);
        Path where = store.get(id, progress, new CancelToken());
        var out = spec.commandLine().getOut();
        out.println(id + (cached ? " was already in the cache: " : ": ") + where);
        PublicDataset d = store.catalogue().byId(id);
        if (!d.files().isEmpty()) {
            out.println("use it in a project as \"" + DatasetReference.PREFIX + id + "/" + d.files().get(0) + "\"");
        }
        return 0;
    }

    private void list(DatasetStore store) {
        var out = spec.commandLine().getOut();
        int width = store.catalogue().all().stream().mapToInt(d -> d.id().length()).max().orElse(2);
        String row = "%-" + width + "s  %8s  %-6s  %s%n";
        out.printf(Locale.ROOT, row, "id", "size", "cached", "what");
        for (PublicDataset d : store.catalogue().all()) {
            out.printf(Locale.ROOT, row, d.id(), String.format(Locale.ROOT, "%.1f MB", d.bytes() / 1e6),
                    store.isPresent(d.id()) ? "yes" : "no", d.title());
            out.printf(Locale.ROOT, row, "", "", "", d.url() + (d.terms().isEmpty() ? "" : "; " + d.terms()));
        }
        out.println();
        out.println("cache: " + store.root());
        out.println("download one with: datasets get ID; in a project: \"interactions\": \"dataset:ID/FILE\"");
    }
}
