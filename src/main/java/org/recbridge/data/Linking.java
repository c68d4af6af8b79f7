package org.recbridge.data;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Which ids name the same user or item in two domains. Users are linked by id, the field's standard (user 605
 * is the same person in both domains), unless the project says the ids are unrelated; items belong to their
 * domain (book 38 is not album 38) unless the domains share a catalogue (the same movies rated on two sites).
 * An unlinked id of a source is qualified by the source's name ({@code movies:38}) when the data is loaded,
 * so every later step (features, overlap, diagnostics, cold-start users, strategies) tells the two apart
 * without knowing about linking. The target keeps its own ids.
 */
public record Linking(Users users, Items items) {
    /** The default of project format version 2, also applied to version-1 files. */
    public static final Linking DEFAULT = new Linking(Users.BY_ID, Items.PER_DOMAIN);

    /** How users of different domains are matched. */
    public enum Users {
        BY_ID("by-id"), NONE("none");

        private final String id;

        Users(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        public static Users fromId(String id) {
            return Linking.fromId(values(), id, Users::id);
        }
    }

    /** Whether items of different domains with the same id are one item. */
    public enum Items {
        PER_DOMAIN("per-domain"), SHARED("shared");

        private final String id;

        Items(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        public static Items fromId(String id) {
            return Linking.fromId(values(), id, Items::id);
        }
    }

    /** The sources with the ids this linking does not link qualified by the source's name; the target is unchanged. */
    public List<Domain> apply(List<Domain> sources) {
        List<String> tags = tags(sources);
        List<Domain> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String prefix = tags.get(i) + ":";
            UnaryOperator<String> qualify = id -> prefix + id;
            out.add(sources.get(i).withIds(users == Users.BY_ID ? null : qualify,
                    items == Items.SHARED ? null : qualify));
        }
        return out;
    }

    /** For notes: "users by-id, items per-domain". */
    public String describe() {
        return "users " + users.id() + ", items " + items.id();
    }

    /** Each source's name, numbered where two sources share one, so their ids stay apart too. */
    private static List<String> tags(List<Domain> sources) {
        Map<String, Integer> count = new HashMap<>();
        sources.forEach(d -> count.merge(d.name(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String name = sources.get(i).name();
            out.add(count.get(name) > 1 ? name + "#" + (i + 1) : name);
        }
        return out;
    }

    private static <E> E fromId(E[] values, String id, java.util.function.Function<E, String> idOf) {
        String wanted = id == null ? null : id.trim().toLowerCase(Locale.ROOT);
        for (E v : values) {
            if (idOf.apply(v).equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("\"" + id + "\" is not one of " + String.join(", ",
                Arrays.stream(values).map(idOf).toList()));
    }
}
