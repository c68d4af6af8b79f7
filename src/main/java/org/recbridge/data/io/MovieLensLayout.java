package org.recbridge.data.io;

import static org.recbridge.data.ColumnRole.CATEGORICAL;
import static org.recbridge.data.ColumnRole.IGNORE;
import static org.recbridge.data.ColumnRole.ITEM;
import static org.recbridge.data.ColumnRole.NUMERIC;
import static org.recbridge.data.ColumnRole.RATING;
import static org.recbridge.data.ColumnRole.TIMESTAMP;
import static org.recbridge.data.ColumnRole.TOKENS;
import static org.recbridge.data.ColumnRole.USER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.recbridge.data.ColumnRole;

/** The fixed layouts of the classic MovieLens files (100K "u.*" and 1M/10M "*.dat"); none has a header. */
enum MovieLensLayout {
    U_DATA("u\\.data|u\\d\\.(base|test)|u[ab]\\.(base|test)", "\t",
            cols("userId", USER, "movieId", ITEM, "rating", RATING, "timestamp", TIMESTAMP)),
    RATINGS_DAT("ratings\\.dat", "::",
            cols("userId", USER, "movieId", ITEM, "rating", RATING, "timestamp", TIMESTAMP)),
    U_ITEM("u\\.item", "|",
            cols("movieId", ITEM, "title", IGNORE, "year", NUMERIC, "genres", TOKENS)),
    U_USER("u\\.user", "|",
            cols("userId", USER, "age", NUMERIC, "gender", CATEGORICAL, "occupation", CATEGORICAL, "zipCode", IGNORE)),
    MOVIES_DAT("movies\\.dat", "::",
            cols("movieId", ITEM, "title", IGNORE, "genres", TOKENS)),
    USERS_DAT("users\\.dat", "::",
            cols("userId", USER, "gender", CATEGORICAL, "age", CATEGORICAL, "occupation", CATEGORICAL, "zipCode", IGNORE));

    /** The 19 genre flags at the end of a u.item line, in file order. */
    static final List<String> U_ITEM_GENRES = List.of("unknown", "Action", "Adventure", "Animation", "Children's",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
            "Romance", "Sci-Fi", "Thriller", "War", "Western");
    private static final int U_ITEM_CELLS = 5 + 19;

    final Pattern fileName;
    final String separator;
    final Map<String, ColumnRole> roles;

    MovieLensLayout(String fileName, String separator, Map<String, ColumnRole> roles) {
        this.fileName = Pattern.compile(fileName, Pattern.CASE_INSENSITIVE);
        this.separator = separator;
        this.roles = roles;
    }

    private static Map<String, ColumnRole> cols(Object... nameRole) {
        Map<String, ColumnRole> out = new LinkedHashMap<>();
        for (int i = 0; i < nameRole.length; i += 2) {
            out.put((String) nameRole[i], (ColumnRole) nameRole[i + 1]);
        }
        return out;
    }

    /** The layout for a file name, or null. */
    static MovieLensLayout byName(String name) {
        for (MovieLensLayout layout : values()) {
            if (layout.fileName.matcher(name).matches()) {
                return layout;
            }
        }
        return null;
    }

    /** A "::" file with another name: ratings, movies or users, told apart by the number of fields. */
    static MovieLensLayout byDoubleColonLine(String line) {
        if (!line.contains("::")) {
            return null;
        }
        return switch (Texts.split(line, "::").length) {
            case 3 -> MOVIES_DAT;
            case 4 -> RATINGS_DAT;
            case 5 -> USERS_DAT;
            default -> null;
        };
    }

    int rawCells() {
        return this == U_ITEM ? U_ITEM_CELLS : roles.size();
    }

    /** u.item: id | title | release date | video date | url | 19 flags  becomes  id, title, year, genres. */
    String[] toColumns(String[] cells) {
        if (this != U_ITEM) {
            return cells;
        }
        List<String> genres = new ArrayList<>();
        for (int g = 0; g < U_ITEM_GENRES.size(); g++) {
            if (cells[5 + g].trim().equals("1")) {
                genres.add(U_ITEM_GENRES.get(g));
            }
        }
        return new String[] {cells[0], cells[1], year(cells[2].trim()), String.join("|", genres)};
    }

    /** "01-Jan-1995" gives "1995"; anything else gives an empty (missing) year. */
    private static String year(String date) {
        return date.matches(".*\\d{4}") ? date.substring(date.length() - 4) : "";
    }
}
