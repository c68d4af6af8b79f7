package org.recbridge.data.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
    /** Among them: a 3-byte UTF-8 space, and 'ÿ', byte 0xFF in ISO-8859-1. */
    private static final char[] ALPHABET = {'a', 'b', '7', ' ', '\t', ',', ';', '"', '"', '\n', '\r', 'é', '\u2003', 'ÿ'};

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }

    /** "line: cells" per record, then "error at line N" if the text is malformed. */
    private static List<String> ours(String text, Charset charset, char delimiter, int bufferSize) throws IOException {
        CsvRecords records = new CsvRecords(new ByteArrayInputStream(text.getBytes(charset)), charset, delimiter, "f.csv",
                bufferSize);
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
            Charset charset = n % 3 == 0 ? ISO_8859_1 : UTF_8;
            String s = charset == UTF_8 ? text.toString() : text.toString().replace('\u2003', '\u00a0');
            char delimiter = n % 2 == 0 ? ',' : ';';
            List<String> expected = commons(s, delimiter);
            // a tiny buffer puts cells, quotes, CRLFs and UTF-8 characters across buffer ends
            assertEquals(expected, ours(s, charset, delimiter, 1 << 16),
                    () -> charset + " text: " + s.replace("\r", "\\r").replace("\n", "\\n"));
            assertEquals(expected, ours(s, charset, delimiter, 1 + random.nextInt(4)), () -> "small buffer, text: " + s);
            // as an import reads: plain lines of 1 to 3 cells by nextPlain (LF or CRLF ends), the rest by next()
            int cells = 1 + n % 3;
            assertEquals(expected, plainFirst(s, charset, delimiter, 1 << 16, cells),
                    () -> cells + " plain cells, text: " + s.replace("\r", "\\r").replace("\n", "\\n"));
            assertEquals(expected, plainFirst(s, charset, delimiter, 1 + random.nextInt(8), cells),
                    () -> cells + " plain cells, small buffer, text: " + s);
        }
    }

    /** The records as an import reads them: nextPlain where it can, next() for the rest. */
    private static List<String> plainFirst(String text, Charset charset, char delimiter, int bufferSize, int cells)
            throws IOException {
        CsvRecords records = new CsvRecords(new ByteArrayInputStream(text.getBytes(charset)), charset, delimiter, "f.csv",
                bufferSize);
        List<String> out = new ArrayList<>();
        try {
            while (true) {
                if (records.nextPlain(cells)) {
                    List<String> plain = new ArrayList<>();
                    for (int c = 0; c < cells; c++) {
                        plain.add(records.text(c));
                    }
                    out.add(records.line() + ": " + plain);
                    continue;
                }
                String[] next = records.next();
                if (next == null) {
                    break;
                }
                out.add(records.line() + ": " + Arrays.asList(next));
            }
        } catch (DataFormatException e) {
            out.add("error at line " + e.line());
        }
        return out;
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
        assertEquals(expected, ours(text.toString(), UTF_8, ',', 1 << 16));
    }

    @Test
    void unclosedQuoteNamesTheRecordsFirstLine() throws IOException, DataFormatException {
        CsvRecords records = new CsvRecords(bytes("a,b\n1,2\n3,\"x\n4,5\n"), UTF_8, ',', "f.csv");
        records.next();
        records.next();
        DataFormatException e = assertThrows(DataFormatException.class, records::next);
        assertEquals("f.csv line 3: malformed quoting: a quote inside an unquoted value, or a quoted value that never "
                + "ends", e.getMessage());
        assertNull(new CsvRecords(bytes(""), UTF_8, ',', "f.csv").next());
    }
}
