package org.recbridge.analysis.hints;

/**
 * One piece of advice, stating the number it comes from.
 *
 * @param rule     the id of the rule that gave it
 * @param severity "warning" when something is likely wrong or harmful, "info" otherwise
 * @param message  the advice, with its evidence
 */
public record Hint(String rule, String severity, String message) {
    static Hint info(String rule, String message) {
        return new Hint(rule, "info", message);
    }

    static Hint warning(String rule, String message) {
        return new Hint(rule, "warning", message);
    }
}
