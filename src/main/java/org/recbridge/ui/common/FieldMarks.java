package org.recbridge.ui.common;

import javafx.scene.Node;

/**
 * Marks the control that edits a field of the project file with the field's path ("analysis.l2Sweep",
 * "learners[].epochs", "domain.format" for a field of any data domain), so a test can walk the project
 * file's fields and find where each is edited.
 */
public final class FieldMarks {
    private static final String KEY = "recbridge.projectField";

    private FieldMarks() {
    }

    public static <N extends Node> N mark(N node, String path) {
        node.getProperties().put(KEY, path);
        return node;
    }

    /** The path the node edits, or null. */
    public static String of(Node node) {
        return node.getProperties().get(KEY) instanceof String path ? path : null;
    }
}
