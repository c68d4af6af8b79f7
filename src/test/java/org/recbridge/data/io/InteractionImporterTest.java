package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

class InteractionImporterTest {
    @Test
    void aLargeFileSaysHowFarItHasReadAndStopsAtACancel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ratings.csv");
        StringBuilder csv = new StringBuilder("user,item,rating\n");
        int rows = 3 * InteractionImporter.CANCEL_CHECK_EVERY;
        for (int r = 0; r < rows; r++) {
            csv.append(String.format("u%04d,i%03d,%d%n", r % 5000, r % 700, 1 + r % 5)); // rows of one size
        }
        Files.writeString(file, csv);
        List<Double> fractions = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        ProgressListener progress = (fraction, message) -> {
            fractions.add(fraction);
            messages.add(message);
        };
        assertEquals(rows, InteractionImporter.importFile(file, TestData.options(), progress, CancelToken.none())
                .summary().rowsRead());
        // one report per 65,536 rows here, each a fifth or so further through the file (rows of one size)
        assertEquals(List.of("65,536 rows", "131,072 rows", "196,608 rows"), messages);
        for (int i = 0; i < fractions.size(); i++) {
            assertEquals((i + 1) / 3.0, fractions.get(i), 0.02, "fraction " + i + " of " + fractions);
        }
        CancelToken cancel = new CancelToken();
        cancel.cancel(); // as the person's Cancel while the file is read
        assertThrows(CancelledException.class, () -> InteractionImporter.importFile(file, TestData.options(),
                ProgressListener.none(), cancel));
    }

    @Test
    void importsRatingsAndMixedTimestamps() throws Exception {
        Imported<Interactions> result = InteractionImporter.importFile(TestData.path("comma_bom.csv"), TestData.options());
        Interactions in = result.value();
        assertEquals(4, in.size());
        assertEquals("u1", in.userId(1));
        assertEquals(3.5, in.rating(1), 1e-9);
        assertEquals(881250950L, in.time(1));
        assertEquals(1580428800L, in.time(2)); // 2020-01-31 UTC
        assertEquals(1580464800L, in.time(3)); // 2020-01-31T10:00:00 UTC
        ImportSummary s = result.summary();
        assertEquals(4, s.rowsRead());
        assertEquals(4, s.rowsImported());
        assertEquals(3, s.users());
        assertEquals(3, s.items());
        assertEquals(",", s.delimiter());
    }

    @Test
    void importsEveryInteractionFormat() throws Exception {
        assertEquals(5, InteractionImporter.importFile(TestData.path("u.data"), TestData.options()).value().size());
        assertEquals(3, InteractionImporter.importFile(TestData.path("ratings.dat"), TestData.options()).value().size());
        assertEquals(3, InteractionImporter.importFile(TestData.path("ratings.csv"), TestData.options()).value().size());
        Interactions recbole = InteractionImporter.importFile(TestData.path("sample.inter"), TestData.options()).value();
        assertEquals(881250949L, recbole.time(0));
        Interactions pairs = InteractionImporter.importFile(TestData.path("pairs.txt"), TestData.options()).value();
        assertEquals(List.of("u1", "u2"), pairs.users().names());
        assertEquals(5.0, pairs.rating(2), 1e-9);
    }

    @Test
    void duplicatesKeepLast() throws Exception {
        Imported<Interactions> result = importDups(DuplicatePolicy.KEEP_LAST);
        assertEquals(2, result.value().size());
        assertEquals(5.0, result.value().rating(0), 1e-6);
        assertEquals(20L, result.value().time(0));
        assertEquals(2, result.summary().duplicatesMerged());
        assertEquals(4, result.summary().rowsImported());
    }

    @Test
    void duplicatesAverage() throws Exception {
        Imported<Interactions> result = importDups(DuplicatePolicy.AVERAGE);
        assertEquals(2, result.value().size());
        assertEquals(11.0 / 3, result.value().rating(0), 1e-5);
        assertEquals(30L, result.value().time(0));
        assertEquals(2, result.summary().duplicatesMerged());
    }

    private static Imported<Interactions> importDups(DuplicatePolicy policy) throws Exception {
        return InteractionImporter.importFile(TestData.path("dups.csv"), new ImportOptions("auto", null, policy, false));
    }

    @Test
    void badNumberNamesFileLineAndColumn() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> InteractionImporter.importFile(TestData.path("bad_rating.csv"), TestData.options()));
        assertEquals("bad_rating.csv line 4, column rating: \"4,5\" is not a number", e.getMessage());
        assertEquals(4, e.line());
        assertEquals("rating", e.column());
    }

    @Test
    void shortRowSaysExpectedAndFound() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> InteractionImporter.importFile(TestData.path("short_row.csv"), TestData.options()));
        assertEquals("short_row.csv line 3: expected 3 cells, found 2", e.getMessage());
    }

    @Test
    void skipBadRowsCountsAndKeepsMessages() throws Exception {
        Imported<Interactions> result = InteractionImporter.importFile(TestData.path("short_row.csv"),
                TestData.options().withSkipBadRows(true));
        ImportSummary s = result.summary();
        assertEquals(5, s.rowsRead());
        assertEquals(3, s.rowsImported());
        assertEquals(2, s.badRowsSkipped());
        assertEquals(List.of("short_row.csv line 3: expected 3 cells, found 2",
                "short_row.csv line 4, column rating: \"x\" is not a number"), s.badRowMessages());
        assertEquals(3, result.value().size());
    }

    /**
     * Past the rows read ahead for role detection, plain lines are read from the buffer's bytes and the others
     * as before: each kind of line gives the values and the error (with its line) the ordinary path gives.
     */
    @Test
    void linesPastTheReadAheadGiveTheSameValuesAndErrorsAsEarlyOnes(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("user,item,rating,timestamp\n");
        int filler = TableInput.SAMPLE_ROWS + 100; // lines 2 to 601
        for (int r = 0; r < filler; r++) {
            csv.append("f").append(r).append(",i").append(r % 7).append(',').append(1 + r % 5).append(',').append(r)
                    .append('\n');
        }
        csv.append(" u1 , i1 , 3.5 ,17\n")      // 602: trimmed, a decimal
                .append("\"u2\",i1,4,18\n")     // 603: quoted
                .append("u3,i1,-1,19\n")         // 604: signed
                .append("u4,i1,2,2020-01-31\n")  // 605: an ISO date
                .append("u5,i2,0.1,20\n")        // 606
                .append("u6,i3,1,22\r\n")        // 607: CRLF
                .append(",i1,3,23\n")            // 608: empty id
                .append("u7,i1,x,24\n")          // 609
                .append("u8,i1,3\n")             // 610: a cell short
                .append("\n")                    // 611: blank
                .append("u1,i1,5,21\n")          // 612: a duplicate of line 602
                .append("u9,i1,1,x\n");          // 613
        Path file = dir.resolve("mixed.csv");
        Files.writeString(file, csv);
        Imported<Interactions> result = InteractionImporter.importFile(file,
                new ImportOptions("auto", java.util.Map.of(), DuplicatePolicy.KEEP_LAST, true));
        Interactions in = result.value();
        assertEquals(List.of("mixed.csv line 608, column user: empty id",
                "mixed.csv line 609, column rating: \"x\" is not a number",
                "mixed.csv line 610: expected 4 cells, found 3",
                "mixed.csv line 613, column timestamp: \"x\" is not a timestamp (expected a number or an ISO date)"),
                result.summary().badRowMessages());
        assertEquals(filler + 6, in.size());
        assertEquals(1, in.duplicateCount());
        String[] users = {"u1", "u2", "u3", "u4", "u5", "u6"};
        double[] ratings = {5, 4, -1, 2, 0.1f, 1};
        long[] times = {21, 18, 19, 1580428800L, 20, 22};
        for (int k = 0; k < users.length; k++) {
            int row = filler + k;
            assertEquals(users[k], in.userId(row));
            assertEquals(ratings[k], in.rating(row), 0, users[k]);
            assertEquals(times[k], in.time(row), users[k]);
        }
        assertEquals("i1", in.itemId(filler));
        assertEquals("f599", in.userId(filler - 1));
        assertEquals(5.0, in.rating(filler - 1));
        assertEquals(in.items().find("i1"), in.item(filler + 1)); // one id for an item read both ways
    }

    @Test
    void missingUserColumnListsColumns() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> InteractionImporter.importFile(TestData.path("no_user.csv"), TestData.options()));
        assertEquals("no_user.csv: no USER column found; columns: who (CATEGORICAL), item (ITEM), rating (RATING)"
                + " (set a role override to choose one)", e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        Path missing = Path.of("target", "no-such-dir", "ratings.csv");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> InteractionImporter.importFile(missing, TestData.options()));
        assertEquals(missing + ": file not found", e.getMessage());
    }

    @Test
    void badTimestampIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ValueParser.timestamp("yesterday"));
        assertEquals("\"yesterday\" is not a timestamp (expected a number or an ISO date)", e.getMessage());
        assertTrue(ValueParser.isNumber("1e9"));
        assertTrue(!ValueParser.isNumber("NaN") && !ValueParser.isNumber("4d") && !ValueParser.isNumber("."));
    }
}
