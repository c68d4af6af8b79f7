package org.recbridge.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A word of the lesson file's vocabulary (a tab, a view, a highlight, an action type or a concept): an enum whose
 * constants are written in lesson files in lower case with '-' for '_' ({@code LEARNING_CURVES} is
 * {@code learning-curves}).
 */
public interface LessonTerm {
    String name();

    /** The constant as lesson files write it. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} written {@code id}, or null. */
    static <E extends Enum<E> & LessonTerm> E fromId(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** "a, b, c": every id of {@code type}, for messages. */
    static <E extends Enum<E> & LessonTerm> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(LessonTerm::id).collect(Collectors.joining(", "));
    }
}
