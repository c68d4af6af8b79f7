package org.recbridge.ui.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.recbridge.data.ColumnRole;
import org.recbridge.data.io.TablePreview;

/**
 * The column roles a person chose for a file being read (every other column keeps the importer's detected role),
 * shared by the import dialog and "Apply model to data…".
 */
public final class ColumnRoles {
    private static final Set<ColumnRole> ONE_COLUMN_ONLY =
            EnumSet.of(ColumnRole.USER, ColumnRole.ITEM, ColumnRole.RATING, ColumnRole.TIMESTAMP);
    private final Map<String, ColumnRole> chosen = new LinkedHashMap<>();

    /**
     * Gives {@code role} to the named columns. A role that only one column can have (user, item, rating,
     * timestamp) moves to that column; asking for it on several columns at once is refused.
     *
     * @return null when done, else why not (for the person)
     */
    public String set(Collection<String> columnNames, ColumnRole role) {
        if (ONE_COLUMN_ONLY.contains(role) && columnNames.size() > 1) {
            return "Only one column can be the " + role.name().toLowerCase(Locale.ROOT) + " column; "
                    + columnNames.size() + " are selected.";
        }
        if (ONE_COLUMN_ONLY.contains(role)) {
            chosen.values().removeIf(r -> r == role);
        }
        columnNames.forEach(c -> chosen.put(c, role));
        return null;
    }

    /** Back to the detected roles (a new file, or another format that may name the columns differently). */
    public void clear() {
        chosen.clear();
    }

    /** The chosen roles, by column: what the importer is told. */
    public Map<String, ColumnRole> chosen() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(chosen));
    }

    /** Each column of the preview with the role it is read with, and whether the person chose it. */
    public List<ColumnChoice> choices(TablePreview preview) {
        List<ColumnChoice> out = new ArrayList<>();
        preview.roles().forEach((column, role) -> out.add(new ColumnChoice(column, role, chosen.containsKey(column))));
        return out;
    }
}
