package org.recbridge.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recbridge.experiment.LoadedData;
import org.recbridge.experiment.ProblemBuilder;
import org.recbridge.experiment.Project;
import org.recbridge.features.Featurizer;
import org.recbridge.task.Row;
import org.recbridge.task.TargetSplit;
import org.recbridge.transfer.SourceData;
import org.recbridge.transfer.TransferProblem;
import org.recbridge.util.AtomicFile;
import org.recbridge.util.CancelToken;

/**
 * Writes, per seed, the exact rows every strategy of a run trains, selects and is tested on, so a result can
 * be reproduced in another tool. The split comes from {@link ProblemBuilder}, as in the runner, so a seed's
 * files hold the rows of that seed's results. Per seed, in {@code DIR/seed-S/}:
 * <ul>
 * <li>{@code target.train.csv}, {@code target.valid.csv}, {@code target.test.csv} (user, item, rating, label,
 *     group: cold or warm, the group the user's test rows are reported in) and {@code source.csv} (or
 *     {@code source-2.csv}, ... for more sources: every source row trains; user, item, rating, label);</li>
 * <li>{@code recbole/target/target.{train,valid,test}.inter} and {@code recbole/source/source.inter}: the same
 *     rows as RecBole atomic files;</li>
 * <li>{@code features/*.svm} with {@code features/features.txt}: the same rows as RecBridge's learners see them
 *     (ids one-hot plus side features) in svmlight format, feature i (1-based) named on line i. Target rows carry
 *     the target's own baseline numbers, as target-only sees them: a cold-start user's source bias, which the
 *     strategies that use the source borrow, is in the source's files, so a reference target-only reads nothing
 *     of the source.</li>
 * </ul>
 * {@code DIR/splits.json} says which domain each file holds. Rating is empty for sampled negatives.
 */
public final class SplitExporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SplitExporter() {
    }

    /** Writes every seed of the project; returns the files written. */
    public static List<Path> write(Project project, LoadedData data, Path dir, CancelToken cancel) throws IOException {
        ProblemBuilder builder = new ProblemBuilder(data, project.task(), project.features());
        List<Path> written = new ArrayList<>();
        for (long seed : project.seeds()) {
            cancel.check();
            written.addAll(writeSeed(builder.build(project.protocol(), seed), dir.resolve("seed-" + seed)));
        }
        written.add(writeManifest(project, data, dir));
        return written;
    }

    static List<Path> writeSeed(TransferProblem problem, Path dir) throws IOException {
        TargetSplit split = problem.split();
        List<Path> out = new ArrayList<>();
        FeatureIndex index = new FeatureIndex();
        Map<String, List<Row>> targetParts = new LinkedHashMap<>();
        targetParts.put("train", split.train());
        targetParts.put("valid", split.validation());
        targetParts.put("test", split.test());
        for (Map.Entry<String, List<Row>> part : targetParts.entrySet()) {
            String name = "target." + part.getKey();
            out.add(csv(dir.resolve(name + ".csv"), part.getValue(), split));
            out.add(inter(dir.resolve("recbole/target/" + name + ".inter"), part.getValue(), split));
            out.add(svm(dir.resolve("features/" + name + ".svm"), part.getValue(), problem.targetOwnFeaturizer(), index));
        }
        for (int i = 0; i < problem.sources().size(); i++) {
            SourceData source = problem.sources().get(i);
            String name = sourceFileName(i);
            out.add(csv(dir.resolve(name + ".csv"), source.rows(), null));
            out.add(inter(dir.resolve("recbole/" + name + "/" + name + ".inter"), source.rows(), null));
            out.add(svm(dir.resolve("features/" + name + ".svm"), source.rows(), source.featurizer(), index));
        }
        Path names = dir.resolve("features/features.txt");
        AtomicFile.writeText(names, w -> {
            for (String name : index.names()) {
                w.write(name);
                w.write('\n');
            }
        });
        out.add(names);
        return out;
    }

    /** source, source-2, source-3, ...: file names stay plain whatever the domains are called. */
    static String sourceFileName(int i) {
        return i == 0 ? "source" : "source-" + (i + 1);
    }

    private static Path csv(Path file, List<Row> rows, TargetSplit split) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> header = new ArrayList<>(List.of("user", "item", "rating", "label"));
        if (split != null) {
            header.add("group");
        }
        AtomicFile.writeText(file, w -> {
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                    .setHeader(header.toArray(new String[0])).setRecordSeparator('\n').build());
            for (Row r : rows) {
                List<String> values = new ArrayList<>(List.of(r.user(), r.item(), FeatureIndex.number(r.rating()),
                        FeatureIndex.number(r.label())));
                if (split != null) {
                    values.add(group(split, r));
                }
                csv.printRecord(values);
            }
            csv.flush();
        });
        return file;
    }

    /** RecBole atomic file: a tab-separated {@code name:type} header; ids are tokens. */
    private static Path inter(Path file, List<Row> rows, TargetSplit split) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFile.writeText(file, w -> {
            w.write("user_id:token\titem_id:token\trating:float\tlabel:float");
            w.write(split == null ? "\n" : "\tgroup:token\n");
            for (Row r : rows) {
                w.write(token(r.user()) + "\t" + token(r.item()) + "\t" + FeatureIndex.number(r.rating()) + "\t"
                        + FeatureIndex.number(r.label()));
                w.write(split == null ? "\n" : "\t" + group(split, r) + "\n");
            }
        });
        return file;
    }

    private static Path svm(Path file, List<Row> rows, Featurizer featurizer, FeatureIndex index) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFile.writeText(file, w -> {
            for (Row r : rows) {
                w.write(index.line(featurizer.encode(r)));
                w.write('\n');
            }
        });
        return file;
    }

    private static Path writeManifest(Project project, LoadedData data, Path dir) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", project.name());
        m.put("task", project.task().kind().id());
        m.put("protocol", project.protocol().protocol().id());
        m.put("seeds", project.seeds());
        m.put("target", data.target().name());
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 0; i < data.sources().size(); i++) {
            sources.put(sourceFileName(i), data.sources().get(i).name());
        }
        m.put("sources", sources);
        m.put("columns", "user, item, rating (empty for sampled negatives), label (1/0 like or implicit, or the "
                + "rating for the rating task), group (target files: cold or warm)");
        Path file = dir.resolve("splits.json");
        Files.createDirectories(dir);
        String json = JSON.writeValueAsString(m) + "\n";
        AtomicFile.writeText(file, w -> w.write(json));
        return file;
    }

    private static String group(TargetSplit split, Row r) {
        return split.isCold(r.user()) ? "cold" : "warm";
    }

    /** RecBole splits fields on tabs: an id holding one would shift every later column. */
    private static String token(String id) {
        if (id.indexOf('\t') >= 0 || id.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("id \"" + id.replace("\t", "\\t").replace("\n", "\\n")
                    + "\" holds a tab or line break and cannot be written to a RecBole file");
        }
        return id;
    }
}
