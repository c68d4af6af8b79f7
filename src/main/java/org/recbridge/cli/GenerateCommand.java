package org.recbridge.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.synth.SyntheticSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

    @Override
    public Integer call() throws Exception {
        SyntheticSettings settings = new SyntheticSettings(users, shared, sourceItems, targetItems, dim, rho,
                sourcePerUser, targetPerUser, noise, skew, !noUserFeatures, !noItemFeatures, seed);
        Path project = SyntheticProjects.write(settings, out, name);
        spec.commandLine().getOut().println("wrote " + out.resolve("data") + " and " + project);
        spec.commandLine().getOut().println("run it with: java -jar target/recbridge.jar run " + project);
        return 0;
    }
}
