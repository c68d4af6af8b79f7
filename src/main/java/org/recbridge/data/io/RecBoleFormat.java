package org.recbridge.data.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.recbridge.data.ColumnRole;
import org.recbridge.data.DataFormatException;

/**
 * RecBole atomic files (.inter, .user, .item): tab separated, with a header of {@code name:type} cells.
 * The declared types give the roles, so no guessing from values is needed.
 */
public final class RecBoleFormat implements TableFormat {
    public static final String ID = "recbole";
    private static final Pattern HEADER_CELL = Pattern.compile("[^:\\t]+:(token|float|token_seq|float_seq)");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean matches(FileSample sample) {
        // the header decides, not the extension: MovieLens' u.user and u.item end in .user and .item too
        for (String cell : Texts.split(sample.firstLine(), "\t")) {
            if (!HEADER_CELL.matcher(cell.trim()).matches()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public TableReader open(FileSample sample) throws IOException, DataFormatException {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (String cell : Texts.split(sample.firstLine(), "\t")) {
            String[] nameType = cell.trim().split(":", 2);
            if (nameType.length != 2) {
                throw new DataFormatException(sample.fileName(), 1, null,
                        "RecBole header cell \"" + cell + "\" is not name:type");
            }
            roles.put(nameType[0], role(sample.fileName(), nameType[0], nameType[1]));
        }
        return new LineTableReader(sample, sample.charset(), 1, new ArrayList<>(roles.keySet()), roles, "\t",
                LineTableReader.on("\t"));
    }

    /** user_id:token is USER, rating:float is RATING and so on; other columns get their role from the type. */
    private static ColumnRole role(String file, String name, String type) throws DataFormatException {
        ColumnRole byName = RoleDetector.fromName(name);
        String t = type.toLowerCase(Locale.ROOT);
        boolean token = t.equals("token");
        boolean number = t.equals("float");
        if ((byName == ColumnRole.USER || byName == ColumnRole.ITEM) && token
                || (byName == ColumnRole.RATING || byName == ColumnRole.TIMESTAMP) && number) {
            return byName;
        }
        return switch (t) {
            case "token" -> ColumnRole.CATEGORICAL;
            case "float" -> ColumnRole.NUMERIC;
            case "token_seq" -> ColumnRole.TOKENS;
            case "float_seq" -> ColumnRole.IGNORE;
            default -> throw new DataFormatException(file, 1, name,
                    "unknown RecBole type \"" + type + "\" (expected token, float, token_seq or float_seq)");
        };
    }
}
