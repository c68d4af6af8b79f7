package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recbridge.data.DataFormatException;
import org.recbridge.data.ImportOptions;

class FormatDetectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "comma_bom.csv delimited ,",
            "semicolon.csv delimited ;",
            "tabbed.tsv delimited tab",
            "piped.txt delimited |",
            "ratings.csv delimited ,",
            "items.csv delimited ,",
            "u.data movielens tab",
            "ratings.dat movielens ::",
            "u.item movielens |",
            "u.user movielens |",
            "movies.dat movielens ::",
            "sample.inter recbole tab",
            "sample.user recbole tab",
            "sample.item recbole tab",
            "pairs.txt whitespace whitespace",
            "headerless_ratings.csv delimited ,"})
    void detectsFormatAndDelimiter(String file, String format, String delimiter) throws Exception {
        try (TableInput input = TableInput.open(TestData.path(file), TestData.options())) {
            assertEquals(format, input.formatId());
            assertEquals(delimiter, Texts.describe(input.delimiter()));
        }
    }

    @Test
    void bomIsRemovedFromFirstHeaderName() throws Exception {
        try (TableInput input = TableInput.open(TestData.path("comma_bom.csv"), TestData.options())) {
            assertEquals(List.of("user_id", "item_id", "rating", "timestamp", "city"), input.columns());
            assertEquals("UTF-8 (BOM)", input.encoding());
        }
    }

    @Test
    void quotedFieldsKeepDelimiterAndDoubledQuote() throws Exception {
        assertEquals(List.of("c1|p1|4|good; really", "c2|p1|2|said \"meh\"", "c1|p2|5|plain"), rows("semicolon.csv"));
    }

    @Test
    void latin1TitleIsDecodedAndGenreFlagsBecomeTokens() throws Exception {
        List<String> rows = rows("u.item");
        assertEquals("242|Kolya (1996)|1997|Comedy", rows.get(0));
        assertEquals("302|L.A. Confidential (1997)|1997|Crime|Film-Noir|Mystery|Thriller", rows.get(1));
        assertEquals("1001|Café au lait (1993)|1993|Comedy|Drama", rows.get(3));
        assertEquals("1002|Dépôt (1990)|1990|Drama", rows.get(4));
    }

    @Test
    void aCsvOfRatingsWithoutHeaderKeepsItsFirstRowAndNamesColumnsByPosition() throws Exception {
        try (TableInput input = TableInput.open(TestData.path("headerless_ratings.csv"), TestData.options())) {
            assertEquals(List.of("user", "item", "rating", "timestamp"), input.columns());
            assertEquals(true, input.isInteractionTable());
        }
        assertEquals(List.of("A2CX7LUOHB2NDG|0321719816|4.0|1378425600", "A2NWSAGRHCP8N5|0439886341|1.0|1367193600",
                "A2WNBOD3WNDNKT|0439886341|3.0|1374451200", "A2CX7LUOHB2NDG|0511189877|5.0|1396137600"),
                rows("headerless_ratings.csv"));
        InspectReport report = FileInspector.inspect(TestData.path("headerless_ratings.csv"), TestData.options());
        assertEquals(InspectReport.INTERACTIONS, report.kind());
        assertEquals(4, report.rows());
        assertEquals(3, report.users());
        // a header is still a header: role names, or text where the rating would be
        try (TableInput input = TableInput.open(TestData.path("ratings.csv"), TestData.options())) {
            assertEquals("userId", input.columns().get(0));
        }
    }

    @Test
    void aCsvOfPairsWithoutHeaderIsAnImplicitInteractionFile() throws Exception {
        try (TableInput input = TableInput.open(TestData.path("headerless_pairs.csv"), TestData.options())) {
            assertEquals(List.of("user", "item"), input.columns());
            assertEquals(true, input.isInteractionTable());
        }
        assertEquals(List.of("1023|55", "1023|71", "2210|55", "3|9001"), rows("headerless_pairs.csv"));
        InspectReport report = FileInspector.inspect(TestData.path("headerless_pairs.csv"), TestData.options());
        assertEquals(InspectReport.INTERACTIONS, report.kind());
        assertEquals(4, report.rows());
        assertEquals(3, report.users());
        // two words are a header even when neither names a role: ids carry digits, header words do not
        try (TableInput input = TableInput.open(TestData.path("unnamed_header_pairs.csv"), TestData.options())) {
            assertEquals(List.of("customer", "product"), input.columns());
        }
        assertEquals(List.of("c1|p1", "c2|p1"), rows("unnamed_header_pairs.csv"));
    }

    @Test
    void whitespaceRunsSplitCells() throws Exception {
        assertEquals(List.of("u1|i1|4|100", "u1|i2|3|101", "u2|i1|5|102"), rows("pairs.txt"));
    }

    /** A u.data saved with a header of role names (as pandas writes it) keeps every rating and no header row. */
    @Test
    void aMovieLensFileWithAHeaderLineSkipsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path data = java.nio.file.Files.writeString(dir.resolve("u.data"),
                "userId\titemId\trating\ttimestamp\n196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
        InspectReport report = FileInspector.inspect(data, TestData.options());
        assertEquals(InspectReport.INTERACTIONS, report.kind());
        assertEquals(2, report.rows());
        try (TableInput input = TableInput.open(data, TestData.options())) {
            assertEquals("movielens", input.formatId());
        }
        // the same file without the header loses no row either
        java.nio.file.Files.writeString(data, "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
        assertEquals(2, FileInspector.inspect(data, TestData.options()).rows());
    }

    @Test
    void forcedFormatIsUsed() throws Exception {
        ImportOptions forced = new ImportOptions("whitespace", null, null, false);
        try (TableInput input = TableInput.open(TestData.path("u.data"), forced)) {
            assertEquals("whitespace", input.formatId());
            assertEquals(List.of("user", "item", "rating", "timestamp"), input.columns());
        }
    }

    @Test
    void unknownForcedFormatIsAnError() {
        ImportOptions forced = new ImportOptions("excel", null, null, false);
        DataFormatException e = assertThrows(DataFormatException.class, () -> TableInput.open(TestData.path("u.data"), forced));
        assertEquals("u.data: unknown format \"excel\"; known formats: auto, recbole, movielens, whitespace, delimited", e.getMessage());
    }

    @Test
    void lineNumbersCountTheHeader() throws Exception {
        try (TableInput input = TableInput.open(TestData.path("semicolon.csv"), TestData.options())) {
            assertEquals(2, input.next().line());
            assertEquals(3, input.next().line());
        }
    }

    private static List<String> rows(String file) throws IOException, DataFormatException {
        List<String> out = new ArrayList<>();
        try (TableInput input = TableInput.open(TestData.path(file), TestData.options())) {
            for (Row row = input.next(); row != null; row = input.next()) {
                out.add(String.join("|", Arrays.asList(input.cells(row))));
            }
        }
        return out;
    }
}
