package org.recbridge.data;

import com.fasterxml.jackson.annotation.JsonInclude;
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
public record Linking(Users users, Items items, @JsonInclude(JsonInclude.Include.NON_NULL) Integer sharedUsers) {
    /** The default of project format version 2, also applied to version-1 files. */
    public static final Linking DEFAULT = new Linking(Users.BY_ID, Items.PER_DOMAIN);

    /**
     * @param sharedUsers with {@link Users#FIRST_N}, how many user ids (0 to n - 1) are shared; else null
     */
    public Linking {
        if (users == Users.FIRST_N && (sharedUsers == null || sharedUsers < 1)) {
            throw new IllegalArgumentException("linking.sharedUsers: users first-n needs the number of shared users, "
                    + "a whole number 1 or more (ids 0 to n - 1 are the same person in every domain)");
        }
        if (users != Users.FIRST_N) {
            sharedUsers = null; // kept in the project for when first-n is chosen, meaningless before
        }
    }

    public Linking(Users users, Items items) {
        this(users, items, null);
    }

    /**
     * How users of different domains are matched: by id, not at all, or (first-n) ids 0 to n - 1 by id and the
     * others per domain, as CDRIB's Amazon pairs number them.
     */
    public enum Users {
        BY_ID("by-id"), NONE("none"), FIRST_N("first-n");

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
            UnaryOperator<String> user = switch (users) {
                case BY_ID -> null;
                case NONE -> qualify;
                case FIRST_N -> id -> shared(id) ? id : prefix + id;
            };
            out.add(sources.get(i).withIds(user, items == Items.SHARED ? null : qualify));
        }
        return out;
    }

    /** A whole number below {@link #sharedUsers} (as written: "7", not "07"). */
    private boolean shared(String id) {
        if (id.isEmpty() || id.length() > 9 || (id.length() > 1 && id.charAt(0) == '0')) {
            return false;
        }
        for (int c = 0; c < id.length(); c++) {
            if (id.charAt(c) < '0' || id.charAt(c) > '9') {
                return false;
            }
        }
        return Integer.parseInt(id) < sharedUsers;
    }

    /** For notes: "users by-id, items per-domain". */
    public String describe() {
        return "users " + users.id() + (users == Users.FIRST_N ? " (ids 0 to " + (sharedUsers - 1) + " shared)" : "")
                + ", items " + items.id();
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
