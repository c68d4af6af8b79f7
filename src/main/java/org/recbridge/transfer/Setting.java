package org.recbridge.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * One setting a strategy declares: its name in project files, its type and allowed range, its default and
 * what it means. Declaring it is all a strategy does; {@link Strategies#create} checks values against it,
 * so every strategy reports bad values the same way.
 *
 * @param defaultValue the default, or null when it comes from the learner (then {@code defaultText} says which)
 * @param min          the smallest allowed value (integers and numbers), excluded when {@code aboveMin}
 * @param max          the largest allowed value, included
 */
public record Setting(String name, Type type, Object defaultValue, String defaultText, double min, boolean aboveMin,
                      double max, String meaning) {

    public enum Type { INTEGER, NUMBER, STRATEGY_IDS }

    public static Setting integer(String name, Integer defaultValue, int min, int max, String meaning) {
        return new Setting(name, Type.INTEGER, defaultValue, String.valueOf(defaultValue), min, false, max, meaning);
    }

    /** A positive, finite number (0 itself allowed only if {@code zeroAllowed}). */
    public static Setting number(String name, Double defaultValue, boolean zeroAllowed, String meaning) {
        return new Setting(name, Type.NUMBER, defaultValue, String.valueOf(defaultValue), 0, !zeroAllowed,
                Double.MAX_VALUE, meaning);
    }

    public static Setting strategyIds(String name, List<String> defaultValue, String meaning) {
        return new Setting(name, Type.STRATEGY_IDS, defaultValue, String.join(", ", defaultValue), 0, false, 0,
                meaning);
    }

    /** The same setting, its default taken from the learner at training time ({@code from} says which). */
    public Setting fromLearner(String from) {
        return new Setting(name, type, null, from, min, aboveMin, max, meaning);
    }

    /** What a value must be, as error messages and the strategies listing say it. */
    public String expected() {
        return switch (type) {
            case INTEGER -> "an integer " + (max >= Integer.MAX_VALUE ? (long) min + " or more"
                    : "from " + (long) min + " to " + (long) max);
            case NUMBER -> "a number " + (aboveMin ? "above " : "") + fmt(min) + (aboveMin ? "" : " or more");
            case STRATEGY_IDS -> "a list of strategy ids";
        };
    }

    /** One line for listings: {@code name: expected, default D: meaning}. */
    public String describe() {
        return name + ": " + expected() + ", default " + defaultText + ". " + meaning;
    }

    /**
     * The JSON value (Integer, Long, Double, String, List...) as this setting's type, or an error saying what
     * was expected. Integers must be written as integers: 5.0 for an epoch count is probably a slip.
     */
    Object parse(Object raw) {
        switch (type) {
            case INTEGER -> {
                if ((raw instanceof Integer || raw instanceof Long) && inRange(((Number) raw).doubleValue())) {
                    return ((Number) raw).intValue();
                }
            }
            case NUMBER -> {
                if (raw instanceof Number n && Double.isFinite(n.doubleValue()) && inRange(n.doubleValue())) {
                    return n.doubleValue();
                }
            }
            case STRATEGY_IDS -> {
                if (raw instanceof List<?> list && list.stream().allMatch(x -> x instanceof String)) {
                    List<String> ids = new ArrayList<>();
                    list.forEach(x -> ids.add((String) x));
                    return List.copyOf(ids);
                }
            }
        }
        throw new IllegalArgumentException("expected " + expected() + ", got " + shown(raw));
    }

    private boolean inRange(double v) {
        return (aboveMin ? v > min : v >= min) && v <= max;
    }

    private static String shown(Object raw) {
        return raw instanceof String s ? "\"" + s + "\"" : String.valueOf(raw);
    }

    public static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
