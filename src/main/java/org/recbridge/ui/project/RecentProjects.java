package org.recbridge.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The projects opened or saved last, newest first, kept in the user's preferences across sessions. */
public final class RecentProjects {
    static final int MAX = 8;
    private static final String KEY = "recent";
    private final Preferences node;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    /** One read-only view, kept: such a view forwards changes through a weak listener only while referenced. */
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(paths);

    /** {@code node}: where the list lives; tests pass a node of their own. */
    public RecentProjects(Preferences node) {
        this.node = node;
        for (int i = 0; i < MAX; i++) {
            String p = node.get(KEY + i, null);
            if (p != null) {
                paths.add(Path.of(p));
            }
        }
    }

    /** The user's own node, shared by every RecBridge run. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("org/recbridge/workbench");
    }

    public ObservableList<Path> paths() {
        return readOnly;
    }

    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(paths);
        next.remove(p);
        next.add(0, p);
        paths.setAll(next.subList(0, Math.min(MAX, next.size())));
        store();
    }

    public void remove(Path file) {
        paths.remove(file);
        store();
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                node.put(KEY + i, paths.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still works for this session; only its memory across sessions is lost
        }
    }
}
