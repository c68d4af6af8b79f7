package org.recbridge.ui.data;

/** Where an imported domain goes in the project. */
public enum DomainSlot {
    /** Appended to the sources. */
    NEW_SOURCE,
    /** Replaces the target. */
    TARGET
}
