package org.recbridge.task;

/** How target interactions are held out. */
public enum Protocol {
    /** Every target user has some training interactions; a per-user share is held out. */
    WARM("warm"),
    /** A fraction of the users shared with the source have all their target interactions held out. */
    COLD_START("cold-start"),
    /** The target's own train, validation and test files, as a benchmark ships them ({@link GivenSplit}). */
    GIVEN("given");

    private final String id;

    Protocol(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Protocol fromId(String id) {
        for (Protocol p : values()) {
            if (p.id.equalsIgnoreCase(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol \"" + id + "\"; expected warm, cold-start or given");
    }
}
