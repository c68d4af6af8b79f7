package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recbridge.data.Domain;
import org.recbridge.data.Interactions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesSixFilesThatReadBack() throws IOException {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(300));
        List<Path> written = SyntheticWriter.write(pair, dir.resolve("out"));
        Path out = dir.resolve("out");
        assertEquals(List.of(out.resolve("source-ratings.csv"), out.resolve("source-users.csv"),
                out.resolve("source-items.csv"), out.resolve("target-ratings.csv"),
                out.resolve("target-users.csv"), out.resolve("target-items.csv")), written);

        for (String side : List.of("source", "target")) {
            Domain d = side.equals("source") ? pair.source() : pair.target();
            Interactions in = d.interactions();
            List<CSVRecord> ratings = read(out.resolve(side + "-ratings.csv"),
                    List.of("user", "item", "rating", "timestamp"));
            assertEquals(in.size(), ratings.size(), side);
            CSVRecord row = ratings.get(7);
            assertEquals(in.userId(7), row.get("user"));
            assertEquals(in.itemId(7), row.get("item"));
            assertEquals(in.rating(7), Double.parseDouble(row.get("rating")));
            assertTrue(row.get("rating").matches("[1-5]"), row.get("rating"));
            assertEquals(in.time(7), Long.parseLong(row.get("timestamp")));

            List<CSVRecord> users = read(out.resolve(side + "-users.csv"), List.of("user", "age_group", "activity"));
            assertEquals(d.userFeatures().size(), users.size());
            assertEquals(in.users().size(), users.size());
            CSVRecord u = users.get(0);
            Object[] values = d.userFeatures().values(u.get("user"));
            assertEquals(values[0], u.get("age_group"));
            assertEquals((Double) values[1], Double.parseDouble(u.get("activity")));

            List<CSVRecord> items = read(out.resolve(side + "-items.csv"), List.of("item", "genre", "year"));
            assertEquals(d.itemFeatures().size(), items.size());
            assertTrue(items.get(0).get("year").matches("\\d{4}"), items.get(0).get("year"));
            assertTrue(SyntheticGenerator.GENRES.contains(items.get(0).get("genre")));
        }
    }

    @Test
    void plainUtf8WithoutBomOrQuotes() throws IOException {
        SyntheticPair pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(50));
        SyntheticWriter.write(pair, dir);
        byte[] bytes = Files.readAllBytes(dir.resolve("source-ratings.csv"));
        assertEquals('u', bytes[0], "no BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("user,item,rating,timestamp\n"), text.substring(0, 40));
        assertFalse(text.contains("\""), "nothing needs quoting");
        assertFalse(text.contains("\r"), "plain \\n line ends");
        String users = Files.readString(dir.resolve("target-users.csv"));
        assertTrue(users.startsWith("user,age_group,activity\n"));
        String items = Files.readString(dir.resolve("target-items.csv"));
        assertTrue(items.startsWith("item,genre,year\nb0001,"), items.substring(0, 30));
    }

    @Test
    void skipsSideTablesThatWereNotGenerated() throws IOException {
        SyntheticPair pair = SyntheticGenerator.generate(
                SyntheticSettings.defaults().withUsers(50).withUserFeatures(false));
        List<Path> written = SyntheticWriter.write(pair, dir);
        assertEquals(List.of(dir.resolve("source-ratings.csv"), dir.resolve("source-items.csv"),
                dir.resolve("target-ratings.csv"), dir.resolve("target-items.csv")), written);
        assertFalse(Files.exists(dir.resolve("source-users.csv")));
    }

    @Test
    void numbersAreWrittenCompactly() {
        assertEquals("4", SyntheticWriter.number(4.0));
        assertEquals("1.25", SyntheticWriter.number(1.25));
        assertEquals("", SyntheticWriter.number(Double.NaN));
    }

    private static List<CSVRecord> read(Path file, List<String> expectedHeader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(format).get()) {
            assertEquals(expectedHeader, parser.getHeaderNames(), file.getFileName().toString());
            return parser.getRecords();
        }
    }
}
