package org.recbridge.data.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

/**
 * Decides the role of every column. Precedence: the user's override, then the role the format defines,
 * then the column name, then the sampled values. USER, ITEM, RATING and TIMESTAMP go to one column each;
 * a later column that would take a role already given falls back to its values.
 */
final class ColumnRoles {
    private static final Set<ColumnRole> SINGLE = EnumSet.of(ColumnRole.USER, ColumnRole.ITEM, ColumnRole.RATING, ColumnRole.TIMESTAMP);

    private ColumnRoles() {
    }

    static Map<String, ColumnRole> resolve(String file, List<String> columns, Map<String, ColumnRole> formatRoles,
                                           List<String[]> sample, Map<String, ColumnRole> overrides)
            throws DataFormatException {
        ColumnRole[] roles = new ColumnRole[columns.size()];
        Set<ColumnRole> taken = EnumSet.noneOf(ColumnRole.class);
        for (Map.Entry<String, ColumnRole> override : overrides.entrySet()) {
            int c = columns.indexOf(override.getKey());
            if (c < 0) {
                throw new DataFormatException(file, 0, null, "role override names unknown column \""
                        + override.getKey() + "\"; known columns: " + String.join(", ", columns));
            }
            ColumnRole role = override.getValue();
            if (SINGLE.contains(role) && !taken.add(role)) {
                throw new DataFormatException(file, 0, null, "role overrides give " + role + " to more than one column");
            }
            roles[c] = role;
        }
        for (int c = 0; c < roles.length; c++) {
            if (roles[c] != null) {
                continue;
            }
            String name = columns.get(c);
            ColumnRole role = formatRoles.get(name);
            if (role == null) {
                role = RoleDetector.fromName(name);
            }
            if (role == null || SINGLE.contains(role) && !taken.add(role)) {
                role = RoleDetector.fromValues(column(sample, c));
            }
            roles[c] = role;
        }
        Map<String, ColumnRole> out = new LinkedHashMap<>();
        for (int c = 0; c < roles.length; c++) {
            out.put(columns.get(c), roles[c]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static List<String> column(List<String[]> sample, int c) {
        List<String> values = new ArrayList<>(sample.size());
        for (String[] cells : sample) {
            if (c < cells.length) {
                values.add(cells[c]);
            }
        }
        return values;
    }

    /** "a (USER), b (NUMERIC)" for error messages. */
    static String describe(Map<String, ColumnRole> roles) {
        List<String> parts = new ArrayList<>();
        roles.forEach((name, role) -> parts.add(name + " (" + role + ")"));
        return String.join(", ", parts);
    }
}
