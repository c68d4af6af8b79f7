package org.recbridge.experiment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbridge.data.Linking;

/**
 * The project file as JSON (format version {@value #FORMAT_VERSION}): the single description of an
 * experiment, shared by the GUI and the command line. Data paths are relative to the project file.
 * Either {@code sources} and {@code target} name separate domains, or {@code splitDomain} names one data set
 * split into two domains by an item attribute. Fields left out take the documented defaults.
 * Version 2 added {@code linking}; a version-1 file is read with its defaults (users by id, items per domain),
 * and the results say so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "name", "description", "sources", "target", "splitDomain", "linking", "task", "protocol",
    "learners", "strategies", "seeds", "evaluation", "features", "analysis"})
public final class ProjectFile {
    public static final int FORMAT_VERSION = 2;

    public int formatVersion = FORMAT_VERSION;
    public String name = "Untitled project";
    public String description;
    public List<DomainSpec> sources = new ArrayList<>();
    public DomainSpec target;
    public SplitSpec splitDomain;
    public LinkingSpec linking = new LinkingSpec();
    public TaskSpec task = new TaskSpec();
    public ProtocolSpec protocol = new ProtocolSpec();
    public List<LearnerSpec> learners = new ArrayList<>(List.of(new LearnerSpec()));
    /** Plain ids, or objects with an id and the strategy's settings (see {@link StrategySpec}). */
    public List<StrategySpec> strategies = new ArrayList<>(List.of(StrategySpec.of("target-only"),
            StrategySpec.of("source-only"), StrategySpec.of("pooled")));
    public List<Long> seeds = new ArrayList<>(List.of(1L, 2L, 3L));
    public EvaluationSpec evaluation = new EvaluationSpec();
    /** Optional feature selection; absent: every side feature is used. */
    public FeaturesSpec features;
    public AnalysisSpec analysis;

    /** One domain's files and how to read them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class DomainSpec {
        public String name;
        public String interactions;
        public String users;
        public String items;
        public String format = "auto";
        public Map<String, String> roles = new LinkedHashMap<>();
        public String duplicates = "keep-last";
        public boolean skipBadRows;
    }

    /** One data set split into source and target by an item attribute (e.g. genres Comedy vs Drama). */
    public static final class SplitSpec {
        public DomainSpec data;
        public String column;
        public String sourceValue;
        public String targetValue;
    }

    /**
     * Which ids name the same user or item across domains: {@code users} "by-id" (the same id is the same
     * person) or "none"; {@code items} "per-domain" (item 38 of one domain is not item 38 of another) or
     * "shared" (the domains rate one catalogue).
     */
    public static final class LinkingSpec {
        public String users = "by-id";
        public String items = "per-domain";
        /** With users "first-n": user ids 0 to sharedUsers - 1 are the same person in every domain (CDRIB). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Integer sharedUsers;

        /** As the run links: the default for a value that is not one (the validator names that field). */
        public Linking orDefault() {
            Linking.Users u;
            Linking.Items i;
            try {
                u = Linking.Users.fromId(users);
            } catch (IllegalArgumentException e) {
                u = Linking.DEFAULT.users();
            }
            try {
                i = Linking.Items.fromId(items);
            } catch (IllegalArgumentException e) {
                i = Linking.DEFAULT.items();
            }
            try {
                return new Linking(u, i, sharedUsers);
            } catch (IllegalArgumentException e) { // first-n without a count of shared users
                return new Linking(Linking.DEFAULT.users(), i);
            }
        }
    }

    public static final class TaskSpec {
        public String type = "classification";
        public double likeThreshold = 4.0;
        public int negatives = 4;
        /** Implicit task: the training negatives drawn afresh each epoch (absent: yes for the implicit task). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Boolean redrawNegatives;
    }

    public static final class ProtocolSpec {
        public String type = "cold-start";
        public double train = 0.8;
        public double validation = 0.1;
        public double test = 0.1;
        public double coldStartFraction = 0.2;
        public double targetBudget = 1.0;
        /** Protocol "given": the target's validation and test files (its interactions file holds training rows). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String validationFile;
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String testFile;
        /** Protocol "given": a file of cold user ids; left out, the test users without a training row. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String coldUsers;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class LearnerSpec {
        public String type = "linear";
        public Integer epochs;
        public Double learningRate;
        public Double l2;
        public Integer factors;
        public Integer patience;
        /** fm on the implicit task: "bpr" for the pairwise loss; absent or "log": the log loss. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public String loss;
    }

    public static final class EvaluationSpec {
        /** One K or several ({@code [1, 5, 10, 20]}); one is written back as a plain number. */
        @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED})
        public List<Integer> k = new ArrayList<>(List.of(10));
        public int negatives = 99;
        /** sampled-per-user, sampled-per-pair or full ({@link org.recbridge.eval.RankingProtocol}). */
        public String ranking = "sampled-per-user";
        public String baseline = "target-only";
        public double alpha = 0.05;
        /** Smallest difference that counts as negative transfer; null: 0.005 (AUC), 0.01 (RMSE). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public Double minimumEffect;
    }

    /** Keep only the {@code topK} side features that rank highest on each seed's target training rows. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class FeaturesSpec {
        public Integer topK;
        /** Baseline features (item quality, user bias); left out: on where the target has ratings. */
        public Boolean baseline;
        /** Pseudo-counts shrinking item and user terms towards the mean; left out: chosen on validation rows. */
        public Double itemShrinkage;
        public Double userShrinkage;
    }

    /**
     * Optional extra analyses; a list left out is not run. {@code sweepLearner} is an index into
     * {@code learners} or a learner type (its first learner of that type); left out, the first learner, or
     * the first fm learner when {@code factorSweep} is given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class AnalysisSpec {
        public List<Double> budgets;
        public List<Double> l2Sweep;
        public List<Integer> factorSweep;
        public String sweepStrategy = "target-only";
        public String sweepLearner;
    }
}
