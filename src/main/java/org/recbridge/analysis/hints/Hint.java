package org.recbridge.analysis.hints;

/**
 * One piece of advice, stating the number it comes from.
 *
 * @param rule     the id of the rule that gave it
 * @param severity "warning" when something is likely wrong or harmful, "info" otherwise
 * @param message  the advice, with its evidence
 * @param subject  the comparison or run it is about, so that opening it can point at its bar or curve; null
 *                 for hints about the data or the whole project
 */
public record Hint(String rule, String severity, String message, HintSubject subject) {
    public Hint(String rule, String severity, String message) {
        this(rule, severity, message, null);
    }

    static Hint info(String rule, String message) {
        return new Hint(rule, "info", message);
    }

    static Hint warning(String rule, String message) {
        return new Hint(rule, "warning", message);
    }

    /** The same hint about {@code about}. */
    Hint about(HintSubject about) {
        return new Hint(rule, severity, message, about);
    }
}
