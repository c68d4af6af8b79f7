package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.recbridge.eval.UserGroup;

/**
 * The registry of strategies by id; adding a strategy means one class plus one line here. Registered
 * instances have their default settings; {@link #create} makes configured ones.
 */
public final class Strategies {
    private static final Map<String, TransferStrategy> BY_ID = new LinkedHashMap<>();

    static {
        register(new TargetOnly());
        register(new SourceOnly());
        register(new Pooled());
        register(new FeatureTransfer());
        register(new ModelTransfer());
        register(new Hybrid());
        register(new Emcdr());
        register(new MultiSource());
        register(new Ensemble());
        register(new Joint());
        register(new InstanceWeighting());
        register(new TrAdaBoost());
        register(new FineTune());
        register(new RegularizedTransfer());
        // last, so the strategies before them keep their chart colours (StrategyPalette follows this order)
        register(new Popularity());
        register(new BiasTransfer());
    }

    private Strategies() {
    }

    private static void register(TransferStrategy s) {
        BY_ID.put(s.id(), s);
    }

    public static List<TransferStrategy> all() {
        return List.copyOf(BY_ID.values());
    }

    public static TransferStrategy byId(String id) {
        TransferStrategy s = BY_ID.get(id);
        if (s == null) {
            throw new IllegalArgumentException(unknown(id));
        }
        return s;
    }

    /**
     * A strategy from the label results give it: an id ({@code pooled}) or an id with settings, as
     * {@code fine-tune(targetEpochs=5, targetLearningRate=0.05)} or {@code ensemble(members=pooled+target-only)}; each
     * value read as its setting's type and checked as a project file's would be.
     *
     * @throws SettingException naming the setting at fault, or {@code id} for an unknown strategy
     */
    public static TransferStrategy fromLabel(String label) {
        String text = label.strip();
        int open = text.indexOf('(');
        if (open < 0) {
            return create(text, Map.of());
        }
        String id = text.substring(0, open).strip();
        if (!text.endsWith(")")) {
            throw new SettingException(null, "\"" + label + "\": settings go in parentheses after the id, e.g. "
                    + "fine-tune(targetEpochs=5, targetLearningRate=0.05)");
        }
        TransferStrategy base = BY_ID.get(id);
        if (base == null) {
            throw new SettingException("id", unknown(id));
        }
        Map<String, Object> given = new java.util.LinkedHashMap<>();
        String inside = text.substring(open + 1, text.length() - 1);
        for (String part : inside.isBlank() ? new String[0] : inside.split(",")) {
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).strip();
            Setting setting = base.settings().stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new SettingException(name, "unknown setting; " + known(base)));
            if (eq < 0) {
                throw new SettingException(name, "no value: give it as " + name + "=VALUE");
            }
            given.put(name, typed(setting, part.substring(eq + 1).strip()));
        }
        return create(id, given);
    }

    /** A label's value as a JSON file would give it, so that {@link Setting#parse} checks it alike. */
    private static Object typed(Setting setting, String value) {
        try {
            return switch (setting.type()) {
                case INTEGER -> Long.valueOf(value);
                case NUMBER -> Double.valueOf(value);
                case STRATEGY_IDS -> java.util.Arrays.stream(value.split("\\+")).map(String::strip).toList();
            };
        } catch (NumberFormatException e) {
            return value; // refused by Setting.parse with what it expects
        }
    }

    /**
     * The strategy {@code id} with the given settings (JSON values: numbers, strings, lists), each checked
     * against what the strategy declares; settings left out take their defaults. With settings that differ
     * from the defaults the result is labelled, e.g. {@code fine-tune(targetEpochs=5)}.
     *
     * @throws SettingException naming the setting at fault and listing the strategy's settings
     */
    public static TransferStrategy create(String id, Map<String, ?> given) {
        TransferStrategy base = BY_ID.get(id);
        if (base == null) {
            throw new SettingException("id", unknown(id));
        }
        if (given.isEmpty()) {
            return base; // the registered instance already has the defaults
        }
        Map<String, Object> values = new HashMap<>();
        base.settings().forEach(s -> values.put(s.name(), s.defaultValue()));
        for (Map.Entry<String, ?> e : given.entrySet()) {
            Setting s = base.settings().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new SettingException(e.getKey(), "unknown setting; " + known(base)));
            try {
                values.put(s.name(), checkedIds(id, s.parse(e.getValue())));
            } catch (IllegalArgumentException ex) {
                throw new SettingException(s.name(), ex.getMessage() + "; " + known(base));
            }
        }
        TransferStrategy configured;
        try {
            configured = base.configure(new SettingValues(values));
        } catch (IllegalArgumentException ex) { // a combination, e.g. minWeight above maxWeight
            throw new SettingException(null, ex.getMessage() + "; " + known(base));
        }
        String label = label(base, values);
        return label.equals(id) ? configured : new ConfiguredStrategy(label, configured);
    }

    /** The settings that differ from the defaults, in declared order: {@code id(a=1, b=x+y)}. */
    private static String label(TransferStrategy base, Map<String, Object> values) {
        List<String> changed = new ArrayList<>();
        for (Setting s : base.settings()) {
            Object v = values.get(s.name());
            if (v != null && !v.equals(s.defaultValue())) {
                changed.add(s.name() + "=" + (v instanceof List<?> l ? l.stream().map(Object::toString)
                        .collect(Collectors.joining("+")) : v instanceof Double d ? Setting.fmt(d) : v));
            }
        }
        return changed.isEmpty() ? base.id() : base.id() + "(" + String.join(", ", changed) + ")";
    }

    /** Strategy ids given as a setting (ensemble members) must be registered, distinct, and not the owner. */
    private static Object checkedIds(String owner, Object value) {
        if (value instanceof List<?> ids) {
            for (Object x : ids) {
                if (x.equals(owner)) {
                    throw new IllegalArgumentException(owner + " cannot contain itself");
                }
                if (!BY_ID.containsKey((String) x)) {
                    throw new IllegalArgumentException(unknown((String) x));
                }
            }
            if (ids.isEmpty() || ids.stream().distinct().count() < ids.size()) {
                throw new IllegalArgumentException("expected at least one strategy id, each once, got " + ids);
            }
        }
        return value;
    }

    /** What a strategy accepts, for error messages. */
    private static String known(TransferStrategy s) {
        return s.settings().isEmpty() ? s.id() + " has no settings" : s.id() + " settings: " + s.settings().stream()
                .map(x -> x.name() + " (" + x.expected() + ", default " + x.defaultText() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * Whether the strategy of a results label ({@code fine-tune(targetEpochs=5)}) learns from the source; a label of
     * no registered strategy (results of an older version) is taken to.
     */
    public static boolean usesSource(String label) {
        TransferStrategy s = ofLabel(label);
        return s == null || s.usesSource();
    }

    /**
     * Whether a loss of the strategy of a results label against target-only, for this user group, can be put down
     * to the source (negative transfer): it learns from the source, and it knows the target's users by id as
     * target-only does ({@link TransferStrategy#knowsTargetUsersById}) or the group is the cold users.
     */
    public static boolean lossCanBeTheSources(String label, String group) {
        TransferStrategy s = ofLabel(label);
        return s == null || (s.usesSource() && (s.knowsTargetUsersById() || UserGroup.COLD.id().equals(group)));
    }

    private static TransferStrategy ofLabel(String label) {
        int paren = label.indexOf('(');
        return BY_ID.get(paren < 0 ? label : label.substring(0, paren));
    }

    private static String unknown(String id) {
        return "unknown strategy \"" + id + "\"; known: " + String.join(", ", BY_ID.keySet());
    }
}
