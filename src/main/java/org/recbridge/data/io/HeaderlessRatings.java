package org.recbridge.data.io;

import java.util.List;

import org.recbridge.data.ColumnRole;

/**
 * Files of {@code user item [rating [timestamp]]} lines without a header, as many data dumps are (Amazon's
 * ratings CSVs, academic whitespace files): what makes a first line data rather than a header, and the columns
 * such a file gets by position.
 */
final class HeaderlessRatings {
    /** Column names by position, each naming its role. */
    static final List<String> NAMES = List.of("user", "item", "rating", "timestamp");

    private HeaderlessRatings() {
    }

    /**
     * Whether a first line of {@code min} to 4 cells is data: no cell names a role (a header would), the cells
     * after the user and the item are numbers, and a line of a user and an item alone (an implicit file) has a
     * digit in each, as ids nearly always do and header words do not.
     */
    static boolean looksLikeData(String[] cells, int min) {
        if (cells.length < min || cells.length > NAMES.size()) {
            return false;
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].strip();
            if (cell.isEmpty() || RoleDetector.fromName(cell) != null || c >= 2 && !ValueParser.isNumber(cell)) {
                return false;
            }
        }
        return cells.length > 2 || hasDigit(cells[0]) && hasDigit(cells[1]);
    }

    private static boolean hasDigit(String cell) {
        return cell.chars().anyMatch(Character::isDigit);
    }

    /** Whether every cell of a first line names a role ("userId", "rating"): a header, though the format has none. */
    static boolean isRoleHeader(String[] cells) {
        for (String cell : cells) {
            if (cell.isBlank() || RoleDetector.fromName(cell.strip()) == null) {
                return false;
            }
        }
        return cells.length > 0;
    }

    /** The roles of the first {@code width} columns by position. */
    static java.util.Map<String, ColumnRole> roles(int width) {
        java.util.Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>();
        List<ColumnRole> byPosition = List.of(ColumnRole.USER, ColumnRole.ITEM, ColumnRole.RATING, ColumnRole.TIMESTAMP);
        for (int c = 0; c < width; c++) {
            roles.put(NAMES.get(c), byPosition.get(c));
        }
        return roles;
    }
}
