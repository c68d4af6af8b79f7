package org.recbridge.analysis.hints;

/**
 * One piece of advice, stating the number it comes from.
 *
 * @param rule     the id of the rule that gave it
 * @param severity "warning" when something is likely wrong or harmful, "info" otherwise
 * @param message  the advice, with its evidence
 * @param subject  the comparison or run it is about, so that opening it can point at its bar or curve; null
 *                 for hints about the data or the whole project
 * @param plain    the same advice in plain words, from the same numbers, for readers new to statistics; null in
 *                 results saved before hints had it
 */
public record Hint(String rule, String severity, String message, HintSubject subject, String plain) {
    public Hint(String rule, String severity, String message, HintSubject subject) {
        this(rule, severity, message, subject, null);
    }

    public Hint(String rule, String severity, String message) {
        this(rule, severity, message, null, null);
    }

    /** The plain-words form, or the statistical one where there is none (results saved by an older version). */
    public String plainOrMessage() {
        return plain == null ? message : plain;
    }

    static Hint info(String rule, String message) {
        return new Hint(rule, "info", message);
    }

    static Hint warning(String rule, String message) {
        return new Hint(rule, "warning", message);
    }

    /** The same hint about {@code about}. */
    Hint about(HintSubject about) {
        return new Hint(rule, severity, message, about, plain);
    }

    /** The same hint with its plain-words form. */
    Hint plainly(String words) {
        return new Hint(rule, severity, message, subject, words);
    }
}
