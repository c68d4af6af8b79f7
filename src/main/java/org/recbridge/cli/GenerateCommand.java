package org.recbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.recbridge.experiment.SyntheticProjects;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonData;
import org.recbridge.lesson.LessonReader;
import org.recbridge.synth.SyntheticRecipe;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.OutputCheck;
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

    @Option(names = "--out", paramLabel = "DIR", description = "folder for data/ and project.json")
    Path out;

    @Option(names = "--from", paramLabel = "LESSON", description = "write a lesson's data/ again from the settings "
            + "in its lesson.json (the file or its folder); takes no other option")
    Path from;

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

    @Option(names = "--user-columns", paramLabel = "N", description = "add the first N (0 to 12) of the generator's "
            + "numeric user columns, most following activity, to every user table (default: 0)")
    int userColumns;

    @Option(names = "--extra-source", paramLabel = "NAME=RHO", description = "add a further source domain named "
            + "NAME whose tastes correlate RHO with the target's; repeat for more (at most 4)")
    Map<String, Double> extraSources = new LinkedHashMap<>();

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = D.seed();

    @Option(names = "--force", description = "write into a folder that is not empty, replacing its project.json and "
            + "data/ files")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (from != null) {
            return fromLesson();
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "give --out DIR (a new project) or --from LESSON (a "
                    + "lesson's data)");
        }
        SyntheticRecipe recipe;
        try {
            SyntheticSettings settings = new SyntheticSettings(users, shared, sourceItems, targetItems, dim, rho,
                    sourcePerUser, targetPerUser, noise, skew, !noUserFeatures, !noItemFeatures, seed);
            List<SyntheticRecipe.ExtraSource> extras = new ArrayList<>();
            extraSources.forEach((n, r) -> extras.add(new SyntheticRecipe.ExtraSource(n, r)));
            recipe = new SyntheticRecipe(settings, userColumns, extras);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), asOptions(e.getMessage()));
        }
        refuseToOverwrite();
        Path project = SyntheticProjects.write(recipe, out, name);
        spec.commandLine().getOut().println("wrote " + out.resolve("data") + " and " + project);
        spec.commandLine().getOut().println("run it with: java -jar target/recbridge.jar run " + project);
        return 0;
    }

    /** The lesson's settings are the lesson file's: an option beside --from would be silently ignored. */
    private Integer fromLesson() throws Exception {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(o -> o.longestName()).filter(n -> !n.equals("--from")).toList();
        if (!others.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--from takes the settings from the lesson file; leave "
                    + "out " + String.join(", ", others));
        }
        Lesson lesson = LessonReader.read(from);
        List<Path> written = LessonData.generate(lesson);
        spec.commandLine().getOut().println("wrote " + written.size() + " files into " + lesson.dataFolder()
                + " (lesson " + lesson.id() + ": " + lesson.title() + ")");
        return 0;
    }

    /** Generating into a folder with files in it would replace a project and its data without a word. */
    private void refuseToOverwrite() throws IOException {
        OutputCheck.folder(out, "--out", OutputCheck.Inputs.NONE);
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

    /** "sharedUserFraction must be ..." as "--shared must be ...". */
    private static String asOptions(String message) {
        return SyntheticRecipe.inOptionWords(message,
                o -> "--" + o.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT));
    }
}
