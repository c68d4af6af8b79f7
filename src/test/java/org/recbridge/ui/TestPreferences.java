package org.recbridge.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A test's own preferences node, never the user's, and its removal at the end. */
public final class TestPreferences {
    private TestPreferences() {
    }

    /** A new, empty node. */
    public static Preferences fresh() {
        return Preferences.userRoot().node("org/recbridge/test/" + UUID.randomUUID());
    }

    /**
     * Java's preferences lock one file for every JVM of the user: tests of other builds running at the same time
     * hold it for moments ("Couldn't get file lock"), so the removal is tried again before it counts as failed.
     */
    public static void remove(Preferences node) throws BackingStoreException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                node.removeNode();
                return;
            } catch (BackingStoreException e) {
                if (attempt == 20) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }
}
