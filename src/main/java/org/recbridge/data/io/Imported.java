package org.recbridge.data.io;

/** A value read from one file (Interactions or FeatureTable) with the summary of reading it. */
public record Imported<T>(T value, ImportSummary summary) {
}
