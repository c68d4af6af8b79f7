package org.recbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.synth.SyntheticSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic source/target domain pair whose relation is known (for teaching and "
                + "testing) and a project file for it.")
final class GenerateCommand implements Callable<Integer> {
    private static final SyntheticSettings D = SyntheticSettings.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for data/ and project.json")
    Path out;

    @Option(names = "--name", defaultValue = "Synthetic movies to books", description = "project name")
    String name;

    @Option(names = "--users", description = "users in all (default: ${DEFAULT-VALUE})")
    int users = D.users();

    @Option(names = "--shared", paramLabel = "FRACTION", description = "fraction of users in both domains (default: ${DEFAULT-VALUE})")
    double shared = D.sharedUserFraction();

    @Option(names = "--rho", description = "correlation of a user's source and target tastes, 0 = unrelated (default: ${DEFAULT-VALUE})")
    double rho = D.rho();

    @Option(names = "--source-items", description = "source catalogue size (default: ${DEFAULT-VALUE})")
    int sourceItems = D.sourceItems();

    @Option(names = "--target-items", description = "target catalogue size (default: ${DEFAULT-VALUE})")
    int targetItems = D.targetItems();

    @Option(names = "--source-per-user", paramLabel = "N", description = "mean source interactions per user (default: ${DEFAULT-VALUE})")
    double sourcePerUser = D.sourceInteractionsPerUser();

    @Option(names = "--target-per-user", paramLabel = "N", description = "mean target interactions per user: the target's sparsity (default: ${DEFAULT-VALUE})")
    double targetPerUser = D.targetInteractionsPerUser();

    @Option(names = "--noise", paramLabel = "P", description = "probability a like/dislike is flipped (default: ${DEFAULT-VALUE})")
    double noise = D.labelNoise();

    @Option(names = "--dim", description = "latent taste dimensions (default: ${DEFAULT-VALUE})")
    int dim = D.latentDim();

    @Option(names = "--skew", description = "item popularity skew, 0 = uniform (default: ${DEFAULT-VALUE})")
    double skew = D.itemPopularitySkew();

    @Option(names = "--no-user-features", description = "leave out the user side tables")
    boolean noUserFeatures;

    @Option(names = "--no-item-features", description = "leave out the item side tables")
    boolean noItemFeatures;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = D.seed();

    @Option(names = "--force", description = "write into a folder that is not empty, replacing its project.json and "
            + "data/ files")
    boolean force;

    /** The settings' field names as the options that set them, longest first so none is a prefix of a later one. */
    private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("targetInteractionsPerUser", "--target-per-user");
        OPTIONS.put("sourceInteractionsPerUser", "--source-per-user");
        OPTIONS.put("itemPopularitySkew", "--skew");
        OPTIONS.put("sharedUserFraction", "--shared");
        OPTIONS.put("targetItems", "--target-items");
        OPTIONS.put("sourceItems", "--source-items");
        OPTIONS.put("labelNoise", "--noise");
        OPTIONS.put("latentDim", "--dim");
        OPTIONS.put("users", "--users");
        OPTIONS.put("rho", "--rho");
    }

    @Override
    public Integer call() throws Exception {
        SyntheticSettings settings;
        try {
            settings = new SyntheticSettings(users, shared, sourceItems, targetItems, dim, rho,
                    sourcePerUser, targetPerUser, noise, skew, !noUserFeatures, !noItemFeatures, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), asOptions(e.getMessage()));
        }
        refuseToOverwrite();
        Path project = SyntheticProjects.write(settings, out, name);
        spec.commandLine().getOut().println("wrote " + out.resolve("data") + " and " + project);
        spec.commandLine().getOut().println("run it with: java -jar target/recbridge.jar run " + project);
        return 0;
    }

    /** Generating into a folder with files in it would replace a project and its data without a word. */
    private void refuseToOverwrite() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + ": is a file, not a folder");
        }
        if (force || !Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> entries = Files.list(out)) {
            long n = entries.count();
            if (n > 0) {
                throw new IllegalArgumentException("--out " + out + ": the folder is not empty (" + n + " entries); "
                        + "choose a new folder, or add --force to replace its project.json and data files");
            }
        }
    }

    private static String asOptions(String message) {
        String text = message;
        for (Map.Entry<String, String> e : OPTIONS.entrySet()) {
            text = text.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
        }
        return text;
    }
}
