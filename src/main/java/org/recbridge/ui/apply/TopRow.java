package org.recbridge.ui.apply;

/** One line of a user's top-K list: rank 1 is the item the model scores highest. */
public record TopRow(String user, int rank, String item, double score) {
}
