package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.recbridge.data.DataFormatException;

/** CsvRecords against commons-csv (RFC 4180, trimmed, empty lines kept), the parser it replaced for imports. */
class CsvRecordsTest {
    private static final char[] ALPHABET = {'a', 'b', '7', ' ', '\t', ',', ';', '"', '"', '\n', '\r', 'é', '\u2003'};

    /** "line: cells" per record, then "error at line N" if the text is malformed. */
    private static List<String> ours(String text, char delimiter, int bufferSize) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(text), delimiter, "f.csv", bufferSize);
        List<String> out = new ArrayList<>();
        try {
            for (String[] cells = records.next(); cells != null; cells = records.next()) {
                out.add(records.line() + ": " + Arrays.asList(cells));
            }
        } catch (DataFormatException e) {
            out.add("error at line " + e.line());
        }
        return out;
    }

    private static List<String> commons(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<String> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            var records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        return out;
                    }
                    CSVRecord record = records.next();
                    out.add(line + ": " + Arrays.asList(record.values()));
                } catch (UncheckedIOException e) {
                    out.add("error at line " + line);
                    return out;
                }
            }
        }
    }

    @Test
    void readsRandomTextAsCommonsCsvDoes() throws IOException {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String s = text.toString();
            char delimiter = n % 2 == 0 ? ',' : ';';
            List<String> expected = commons(s, delimiter);
            // a tiny buffer puts cells, quotes and CRLFs across buffer ends
            assertEquals(expected, ours(s, delimiter, 1 << 16), () -> "text: " + s.replace("\r", "\\r").replace("\n", "\\n"));
            assertEquals(expected, ours(s, delimiter, 1 + random.nextInt(4)), () -> "small buffer, text: " + s);
        }
    }

    @Test
    void readsALongFileAcrossBufferEnds() throws IOException {
        Random random = new Random(11);
        StringBuilder text = new StringBuilder("user,item,rating\r\n");
        for (int r = 0; r < 30_000; r++) {
            text.append(" u").append(random.nextInt(1000)).append(r % 7 == 0 ? ",\"i, \"\"" : ",i").append(r)
                    .append(r % 7 == 0 ? "\"" : "").append(',').append(random.nextInt(5)).append(r % 3 == 0 ? "\r\n" : "\n");
        }
        List<String> expected = commons(text.toString(), ',');
        assertEquals(30_001, expected.size());
        assertEquals(expected, ours(text.toString(), ',', 1 << 16));
    }

    @Test
    void unclosedQuoteNamesTheRecordsFirstLine() throws IOException, DataFormatException {
        CsvRecords records = new CsvRecords(new StringReader("a,b\n1,2\n3,\"x\n4,5\n"), ',', "f.csv");
        records.next();
        records.next();
        DataFormatException e = assertThrows(DataFormatException.class, records::next);
        assertEquals("f.csv line 3: malformed quoting: a quote inside an unquoted value, or a quoted value that never "
                + "ends", e.getMessage());
        assertNull(new CsvRecords(new StringReader(""), ',', "f.csv").next());
    }
}
