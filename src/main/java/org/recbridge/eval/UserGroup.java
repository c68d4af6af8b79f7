package org.recbridge.eval;

/** The test users a metric is reported for. */
public enum UserGroup {
    ALL("all"),
    /** Users with target training interactions. */
    WARM("warm"),
    /** Users whose target interactions were all held out (cold-start protocol). */
    COLD("cold");

    private final String id;

    UserGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean contains(boolean coldUser) {
        return this == ALL || (this == COLD) == coldUser;
    }

    public static UserGroup fromId(String id) {
        for (UserGroup g : values()) {
            if (g.id.equalsIgnoreCase(id)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown user group \"" + id + "\"; expected all, warm or cold");
    }
}
