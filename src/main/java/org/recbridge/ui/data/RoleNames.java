package org.recbridge.ui.data;

import java.util.Locale;
import javafx.util.StringConverter;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.DuplicatePolicy;

/** Roles and duplicate policies as the project file and README spell them ("user", "keep-last"). */
final class RoleNames {
    private RoleNames() {
    }

    static String of(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static final StringConverter<ColumnRole> ROLES = converter(ColumnRole.class);
    static final StringConverter<DuplicatePolicy> DUPLICATES = converter(DuplicatePolicy.class);

    private static <E extends Enum<E>> StringConverter<E> converter(Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return of(value);
            }

            @Override
            public E fromString(String text) {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
        };
    }
}
