package org.recbridge.data.io;

/**
 * One data row of a table file: its cells as text and the 1-based line it starts on, so every error can
 * point at the exact place in the file.
 */
public record Row(long line, String[] cells) {
}
