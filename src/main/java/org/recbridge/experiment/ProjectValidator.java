package org.recbridge.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recbridge.analysis.curves.AnalysisSettings;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Linking;
import org.recbridge.data.ImportOptions;
import org.recbridge.eval.EvaluationSettings;
import org.recbridge.eval.RankingProtocol;
import org.recbridge.task.GivenFiles;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;
import org.recbridge.task.Protocol;
import org.recbridge.task.ProtocolSettings;
import org.recbridge.task.TaskKind;
import org.recbridge.task.TaskSettings;
import org.recbridge.transfer.SettingException;
import org.recbridge.transfer.Strategies;
import org.recbridge.transfer.TransferStrategy;

/**
 * Turns a parsed project file into a typed {@link Project}: resolves data paths against the file, checks
 * every setting, and reports the first problem with the file name and the field's path. Public so the
 * workbench can check an edit on a copy of the project before applying it.
 */
public final class ProjectValidator {
    private ProjectValidator() {
    }

    public static Project validate(Path file, ProjectFile p) throws ProjectException {
        String name = file.getFileName().toString();
        try {
            if (p.formatVersion != 1 && p.formatVersion != ProjectFile.FORMAT_VERSION) {
                throw new IllegalArgumentException("formatVersion " + p.formatVersion + " is not supported; this "
                        + "RecBridge reads versions 1 and " + ProjectFile.FORMAT_VERSION);
            }
            if (p.linking == null) {
                throw new IllegalArgumentException("linking: missing; leave it out for users by-id, items per-domain");
            }
            Linking linking = new Linking(enumField(() -> Linking.Users.fromId(p.linking.users), "linking.users"),
                    enumField(() -> Linking.Items.fromId(p.linking.items), "linking.items"), p.linking.sharedUsers);
            List<String> notes = p.formatVersion == 1 ? List.of(name + " is project format version 1, read as "
                    + "version 2 with linking " + linking.describe() + ": items with the same id in two domains are "
                    + "now different items (version 1 made them one); set \"linking\": {\"items\": \"shared\"} if "
                    + "the domains rate one catalogue") : List.of();
            List<DomainSource> sources = new ArrayList<>();
            DomainSource target = null;
            Project.AttributeSplit split = null;
            if (p.splitDomain != null) {
                if (!p.sources.isEmpty() || p.target != null) {
                    throw new IllegalArgumentException("splitDomain: give either splitDomain or sources and target, not both");
                }
                split = new Project.AttributeSplit(domain(file, p.splitDomain.data, "splitDomain.data"),
                        require(p.splitDomain.column, "splitDomain.column"),
                        require(p.splitDomain.sourceValue, "splitDomain.sourceValue"),
                        require(p.splitDomain.targetValue, "splitDomain.targetValue"));
            } else {
                if (p.sources.isEmpty()) {
                    throw new IllegalArgumentException("sources: at least one source domain is needed");
                }
                for (int i = 0; i < p.sources.size(); i++) {
                    sources.add(domain(file, p.sources.get(i), "sources[" + i + "]"));
                }
                if (p.target == null) {
                    throw new IllegalArgumentException("target: the target domain is missing");
                }
                target = domain(file, p.target, "target");
                for (int i = 0; i < sources.size(); i++) {
                    if (sameFile(sources.get(i).interactions(), target.interactions())) {
                        throw new IllegalArgumentException("sources[" + i + "].interactions: \""
                                + p.sources.get(i).interactions + "\" is the target's data file (target.interactions); "
                                + "a source that is the target's data puts the target's test rows into training");
                    }
                }
            }
            TaskKind taskKind = enumField(() -> TaskKind.fromId(p.task.type), "task.type");
            TaskSettings task = new TaskSettings(taskKind, p.task.likeThreshold, p.task.negatives,
                    p.task.redrawNegatives == null ? taskKind == TaskKind.IMPLICIT : p.task.redrawNegatives);
            Protocol kind = enumField(() -> Protocol.fromId(p.protocol.type), "protocol.type");
            ProtocolSettings protocol = new ProtocolSettings(kind, p.protocol.train,
                    p.protocol.validation, p.protocol.test, p.protocol.coldStartFraction, p.protocol.targetBudget,
                    givenFiles(file, p.protocol, kind, split != null));
            List<LearnerSettings> learners = new ArrayList<>();
            for (int i = 0; i < p.learners.size(); i++) {
                learners.add(learner(p.learners.get(i), "learners[" + i + "]"));
                if (learners.get(i).bpr() && task.kind() != TaskKind.IMPLICIT) {
                    throw new IllegalArgumentException("learners[" + i + "].loss bpr needs the implicit task (it "
                            + "learns from pairs of an observed item and a sampled negative), not " + task.kind().id());
                }
            }
            if (learners.isEmpty()) {
                throw new IllegalArgumentException("learners: at least one learner is needed");
            }
            List<TransferStrategy> strategies = strategies(p.strategies);
            EvaluationSettings evaluation = new EvaluationSettings(ks(p.evaluation.k), p.evaluation.negatives,
                    enumField(() -> RankingProtocol.fromId(p.evaluation.ranking), "evaluation.ranking"),
                    baseline(p.evaluation.baseline, strategies), p.evaluation.alpha, p.evaluation.minimumEffect);
            AnalysisSettings analysis = p.analysis == null ? null : analysis(p.analysis, learners);
            return new Project(file.toAbsolutePath(), p.name, sources, target, split, task, protocol, learners,
                    strategies, p.seeds, evaluation, features(p.features), analysis, linking, notes);
        } catch (IllegalArgumentException e) {
            // every validation message starts with the path of the field it is about
            throw ProjectException.atField(name, e.getMessage());
        }
    }

    /**
     * One domain's files resolved against the project {@code file}'s folder with its import options; a bad field
     * throws IllegalArgumentException starting with {@code field}. Public so the workbench can import the domains
     * of a project that is not complete yet (a source without a target).
     */
    public static DomainSource domain(Path file, ProjectFile.DomainSpec d, String field) {
        if (d == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
        String interactions = require(d.interactions, field + ".interactions");
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        d.roles.forEach((column, role) -> roles.put(column, named(ColumnRole.class, role, field + ".roles." + column)));
        DuplicatePolicy duplicates = named(DuplicatePolicy.class, d.duplicates, field + ".duplicates");
        ImportOptions options = new ImportOptions(d.format, roles, duplicates, d.skipBadRows);
        String label = d.name != null ? d.name : field;
        return new DomainSource(label, dataFile(file, interactions, field + ".interactions"),
                dataFile(file, d.users, field + ".users"), dataFile(file, d.items, field + ".items"), options);
    }

    /** A data path that can never be read is refused here, with its field, not later with a bare path. */
    private static Path dataFile(Path file, String value, String field) {
        Path path = DataPaths.resolve(file.toAbsolutePath().getParent(), value, field);
        if (path != null && path.equals(file.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(field + ": \"" + value + "\" is this project file, not a data file");
        }
        if (path != null && java.nio.file.Files.isDirectory(path)) {
            throw new IllegalArgumentException(field + ": \"" + value + "\" is a folder, not a data file");
        }
        return path;
    }

    /** One file under two names (a link, "./a.csv" and "a.csv") is the same file. */
    private static boolean sameFile(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            return a.equals(b) || java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false; // a file that is not there yet is found missing when it is read
        }
    }

    /** One learner's settings, defaults filled in; a bad value throws IllegalArgumentException naming {@code field}. */
    public static LearnerSettings learner(ProjectFile.LearnerSpec l, String field) {
        LearnerKind kind = enumField(() -> LearnerKind.fromId(l.type), field + ".type");
        LearnerSettings d = LearnerSettings.defaults(kind);
        if (l.epochs != null && l.epochs < 1) { // 0 is for a strategy's target stage, never a learner that learns nothing
            throw new IllegalArgumentException(field + ".epochs must be at least 1, got " + l.epochs);
        }
        boolean bpr = bpr(l.loss, field);
        try {
            return new LearnerSettings(kind, l.epochs != null ? l.epochs : d.epochs(),
                    l.learningRate != null ? l.learningRate : d.learningRate(), l.l2 != null ? l.l2 : d.l2(),
                    l.factors != null ? l.factors : d.factors(), l.patience != null ? l.patience : d.patience(),
                    bpr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + "." + e.getMessage());
        }
    }

    private static boolean bpr(String loss, String field) {
        if (loss == null || loss.equals("log")) {
            return false;
        }
        if (loss.equals("bpr")) {
            return true;
        }
        throw new IllegalArgumentException(field + ".loss must be log or bpr, got \"" + loss + "\"");
    }

    /**
     * Each entry through {@link Strategies#create}; errors name the entry and setting, e.g. strategies[2].rounds.
     * An entry given twice is refused by {@link Project}, for every way a project is made.
     */
    private static List<TransferStrategy> strategies(List<StrategySpec> specs) {
        List<TransferStrategy> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            String field = "strategies[" + i + "]";
            StrategySpec spec = specs.get(i);
            if (spec == null) {
                throw new IllegalArgumentException(field + ": missing");
            }
            TransferStrategy s;
            try {
                s = Strategies.create(spec.id(), spec.settings());
            } catch (SettingException e) {
                throw new IllegalArgumentException(field + (e.setting() == null ? "" : "." + e.setting()) + ": "
                        + e.problem());
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("strategies: at least one strategy is needed");
        }
        return out;
    }

    /** The given split's files, or null for a protocol that draws its own (which ignores them). */
    private static GivenFiles givenFiles(Path file, ProjectFile.ProtocolSpec p, Protocol kind, boolean splitDomain) {
        if (kind != Protocol.GIVEN) {
            return null; // files named for when given is chosen (the workbench sets one field at a time)
        }
        if (splitDomain) {
            throw new IllegalArgumentException("protocol.type: given needs the target's own files (target and its "
                    + "validationFile and testFile), not splitDomain");
        }
        return GivenFiles.of(dataFile(file, require(p.validationFile, "protocol.validationFile"),
                "protocol.validationFile"), dataFile(file, require(p.testFile, "protocol.testFile"), "protocol.testFile"),
                dataFile(file, p.coldUsers, "protocol.coldUsers"));
    }

    /** The cut-offs in increasing order; a K listed twice is an error, as is a K in the wrong place. */
    private static List<Integer> ks(List<Integer> ks) {
        if (ks == null || ks.isEmpty() || ks.contains(null)) {
            throw new IllegalArgumentException("evaluation.k: expected a whole number 1 or more, or a list of them "
                    + "such as [1, 5, 10, 20]");
        }
        return ks;
    }

    /** A label of one of the project's strategies (e.g. fine-tune(targetEpochs=5)), or any strategy id. */
    private static String baseline(String baseline, List<TransferStrategy> strategies) {
        if (baseline != null && strategies.stream().anyMatch(s -> s.label().equals(baseline))) {
            return baseline;
        }
        return enumField(() -> Strategies.byId(baseline), "evaluation.baseline").id();
    }

    private static Project.FeatureSettings features(ProjectFile.FeaturesSpec f) {
        if (f == null) {
            return Project.FeatureSettings.DEFAULT;
        }
        return new Project.FeatureSettings(f.topK, f.baseline, f.itemShrinkage, f.userShrinkage);
    }

    private static AnalysisSettings analysis(ProjectFile.AnalysisSpec a, List<LearnerSettings> learners) {
        List<Integer> factors = a.factorSweep == null ? List.of() : a.factorSweep;
        int learner = sweepLearner(a.sweepLearner, learners, !factors.isEmpty());
        if (!factors.isEmpty() && learners.get(learner).kind() != LearnerKind.FM) {
            throw new IllegalArgumentException("analysis.factorSweep: the swept learner (learners[" + learner
                    + "]) is " + learners.get(learner).kind().id() + ", which has no factors; sweep an fm learner");
        }
        return new AnalysisSettings(a.budgets == null ? List.of() : a.budgets,
                a.l2Sweep == null ? List.of() : a.l2Sweep, factors,
                enumField(() -> Strategies.byId(a.sweepStrategy), "analysis.sweepStrategy"), learner);
    }

    /** An index into the learners, or a type naming the first learner of that type. */
    private static int sweepLearner(String value, List<LearnerSettings> learners, boolean wantsFm) {
        String field = "analysis.sweepLearner";
        if (value == null) {
            int fm = firstOfKind(learners, LearnerKind.FM);
            return wantsFm && fm >= 0 ? fm : 0;
        }
        if (value.trim().matches("-?\\d+")) {
            int i = Integer.parseInt(value.trim());
            if (i < 0 || i >= learners.size()) {
                throw new IllegalArgumentException(field + ": " + i + " is not a learner index (0 to "
                        + (learners.size() - 1) + ")");
            }
            return i;
        }
        LearnerKind kind = enumField(() -> LearnerKind.fromId(value.trim()), field);
        int i = firstOfKind(learners, kind);
        if (i < 0) {
            throw new IllegalArgumentException(field + ": the project has no " + kind.id() + " learner");
        }
        return i;
    }

    private static int firstOfKind(List<LearnerSettings> learners, LearnerKind kind) {
        for (int i = 0; i < learners.size(); i++) {
            if (learners.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return value;
    }

    /** The constant {@code value} names in lower case with dashes ("keep-last"), or an error listing them all. */
    private static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
        List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        int i = value == null ? -1 : names.indexOf(value.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (i < 0) {
            throw new IllegalArgumentException(field + ": expected " + String.join(", ", names.subList(0,
                    names.size() - 1)) + " or " + names.get(names.size() - 1) + ", got "
                    + (value == null ? "nothing" : "\"" + value + "\""));
        }
        return type.getEnumConstants()[i];
    }

    private static <T> T enumField(java.util.function.Supplier<T> parse, String field) {
        try {
            return parse.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String why = e.getMessage() == null ? "missing" : e.getMessage();
            throw new IllegalArgumentException(field + ": " + why);
        }
    }
}
