package org.recbridge.export.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.recbridge.experiment.RunRecord;
import org.recbridge.learn.LearnerKind;
import org.recbridge.learn.LearnerSettings;

/** model-card.md: what a person needs to know before using an exported model, in plain Markdown. */
final class ModelCard {
    private ModelCard() {
    }

    static String markdown(ModelManifest m, ExportContext context, List<RunRecord> test) {
        JsonNode about = m.about();
        LearnerSettings s = m.learnerSettings();
        StringBuilder out = new StringBuilder();
        out.append("# Model card: ").append(m.strategy()).append(" with ").append(m.learner())
                .append(", seed ").append(m.seed()).append("\n\n");
        out.append("- Project: ").append(context.project()).append('\n');
        out.append("- Exported: ").append(about.path("created").asText()).append(" by RecBridge ")
                .append(about.path("recbridgeVersion").asText()).append(" (model format version ")
                .append(m.formatVersion()).append(")\n");
        out.append("- Task: ").append(m.task().id());
        if (!m.task().isRegression()) {
            out.append(" (scores are P(like); a like is a rating of at least ")
                    .append(fmt(m.likeThreshold())).append(')');
        } else {
            out.append(" (scores are predicted ratings)");
        }
        out.append('\n');
        out.append("- Strategy: ").append(m.strategy()).append('\n');
        out.append("- Learner: ").append(learner(s)).append('\n');
        out.append("- Seed: ").append(m.seed()).append("\n\n");
        out.append("## Data\n\n");
        context.data().forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n## Metrics\n\n");
        JsonNode v = about.path("validation");
        out.append("Validation (chooses the epoch; never test): ").append(v.path("metric").asText()).append(' ')
                .append(v.path("value").isNumber() ? fmt(v.path("value").asDouble()) : "n/a")
                .append(" at kept epoch ").append(v.path("keptEpoch").asInt()).append("\n\n");
        if (!test.isEmpty()) {
            List<String> names = List.copyOf(test.get(0).metrics().keySet());
            out.append("Test, per user group:\n\n| users | rows | ").append(String.join(" | ", names)).append(" |\n|");
            out.append("---|".repeat(names.size() + 2)).append('\n');
            for (RunRecord r : test) {
                out.append("| ").append(r.group()).append(" (").append(r.users()).append(") | ").append(r.rows());
                for (String n : names) {
                    out.append(" | ").append(fmt(r.metrics().get(n)));
                }
                out.append(" |\n");
            }
        }
        out.append("\n## Files\n\n");
        for (ModelManifest.ModelFile f : m.models()) {
            out.append("- `").append(f.file()).append("`: Tribuo model (protobuf, `Model.deserializeFromFile`), weight ")
                    .append(fmt(f.weight())).append(f.onnx() == null ? "" : "; ONNX: `" + f.onnx() + "`").append('\n');
        }
        out.append("- `").append(ModelManifest.FILE).append("`: how to build features and combine the models\n");
        out.append("- `").append(ModelExporter.PROVENANCE).append("`: Tribuo provenance of the final model\n");
        for (ModelManifest.Member member : m.members()) {
            out.append("- `").append(member.dir()).append("/`: member ").append(member.name()).append(", weight ")
                    .append(fmt(member.weight())).append(" (a model directory of its own)\n");
        }
        if (m.features() != null) {
            if (m.features().parts() != org.recbridge.features.DomainFeaturizer.Parts.ALL) {
                out.append("\nFeatures: the item's quality").append(m.features().parts()
                        == org.recbridge.features.DomainFeaturizer.Parts.BASELINE ? " and the user's bias" : "")
                        .append(" in the target's training rows (`").append(m.features().baseline())
                        .append("`: shrunk mean rating, like rate, count, biases)");
            } else {
                out.append("\nFeatures: one-hot `user=ID` and `item=ID` plus side features of the saved tables");
                if (m.features().baseline() != null) {
                    out.append(", the item's quality and the user's bias in the target's training rows (`")
                            .append(m.features().baseline()).append("`)");
                }
            }
            if (m.features().domainCopy() != null) {
                out.append(", each in a `shared:` and a `").append(m.features().domainCopy()).append(":` copy");
            }
            if (!m.features().transferred().isEmpty()) {
                out.append(", plus transferred features (").append(m.features().transferred().size())
                        .append(" builders: source profiles, user biases, user factors or source-model scores)");
            }
            out.append('.');
        } else {
            out.append("\nScores are the weighted sum of the members' scores.");
        }
        out.append(" Score new pairs with `recbridge predict MODEL_DIR DATA`.\n");
        about.path("notes").forEach(n -> out.append("\nNote: ").append(n.asText()).append('\n'));
        return out.toString();
    }

    /** The settings the learner has: a linear learner has no factors, so none are listed for it. */
    static String learner(LearnerSettings s) {
        return String.format(Locale.ROOT, "%s (epochs at most %d, learning rate %s, L2 %s, %spatience %d)",
                s.kind().id(), s.epochs(), fmt(s.learningRate()), fmt(s.l2()),
                s.kind() == LearnerKind.FM ? "factors " + s.factors() + ", " : "", s.patience());
    }

    private static String fmt(Double x) {
        return x == null || !Double.isFinite(x) ? "n/a" : String.format(Locale.ROOT, "%.4g", x);
    }
}
