package org.recbridge.data.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.recbridge.data.DataFormatException;

/**
 * The classic MovieLens files, recognised by name (u.data, u.item, u.user, ratings.dat, movies.dat,
 * users.dat) or by a "::" separator. They are read as Latin-1, which is how the titles were written.
 * The newer ratings.csv / movies.csv have a header and are left to {@link DelimitedFormat}.
 */
public final class MovieLensFormat implements TableFormat {
    public static final String ID = "movielens";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean matches(FileSample sample) {
        return layout(sample) != null;
    }

    private static MovieLensLayout layout(FileSample sample) {
        MovieLensLayout byName = MovieLensLayout.byName(sample.fileName());
        return byName != null ? byName : MovieLensLayout.byDoubleColonLine(sample.firstLine());
    }

    @Override
    public TableReader open(FileSample sample) throws IOException, DataFormatException {
        MovieLensLayout layout = layout(sample);
        if (layout == null) {
            throw new DataFormatException(sample.fileName(), 0, null, "not a known MovieLens file "
                    + "(u.data, u.item, u.user, ratings.dat, movies.dat, users.dat or \"::\" separated)");
        }
        List<String> columns = List.copyOf(layout.roles.keySet());
        // a u.data saved with a header line (userId, itemId, rating, timestamp) keeps its rows; the header is no row
        int header = HeaderlessRatings.isRoleHeader(Texts.split(sample.firstLine(), layout.separator)) ? 1 : 0;
        return new LineTableReader(sample, StandardCharsets.ISO_8859_1, header, columns, layout.roles,
                layout.separator, LineTableReader.on(layout.separator)) {
            @Override
            public int expectedCells() {
                return layout.rawCells();
            }

            @Override
            public String[] toColumns(String[] cells) {
                return layout.toColumns(cells);
            }
        };
    }
}
