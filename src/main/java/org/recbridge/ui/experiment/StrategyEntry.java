package org.recbridge.ui.experiment;

/**
 * One entry of the project's strategies.
 *
 * @param index its index in the project's {@code strategies}
 * @param label how results name it: the id, or the id with the settings that differ from the defaults
 */
public record StrategyEntry(int index, String id, String label) {
}
