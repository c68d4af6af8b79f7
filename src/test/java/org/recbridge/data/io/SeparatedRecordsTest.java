package org.recbridge.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.ImportOptions;
import org.recbridge.data.Interactions;

/**
 * Lines read from bytes are the lines a line reader gives, and a line read plainly (past the rows read ahead)
 * gives the values and errors the ordinary path gives it (within them), for MovieLens "::" files and
 * whitespace files, on chosen edge cases and on random text.
 */
class SeparatedRecordsTest {
    @TempDir
    Path dir;

    @Test
    void linesAreThoseOfALineReaderWhateverTheirEnds() throws Exception {
        Random random = new Random(7);
        String alphabet = "ab:\t 1\r\n\n\ré";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                    StandardCharsets.UTF_8));
            SeparatedRecords records = new SeparatedRecords(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8,
                    "::", 1 + random.nextInt(16));
            long count = 0;
            for (String expected = reader.readLine(); expected != null; expected = reader.readLine()) {
                assertEquals(expected, records.nextLine(), "round " + round);
                assertEquals(++count, records.line());
            }
            assertEquals(null, records.nextLine(), "round " + round);
        }
    }

    @Test
    void doubleColonLinesReadPlainlyGiveWhatTheOrdinaryPathGives() throws Exception {
        List<String> edges = new ArrayList<>(List.of(
                " u1::i1::3.5::17",   // a blank at a cell's edge: trimmed by the ordinary path
                "u2::i1::4::18",
                "u3::i1::-1::19",     // signed
                "u4::i1::2::2020-01-31",
                "u5::i2::0.1::20",
                "u6::i3::1::22\r",    // CRLF
                "::i1::3::23",        // empty id
                "u7::i1::x::24",
                "u8::i1::3",          // a cell short
                "",
                "   ",
                "u1::i1::5::21",      // the pair of the first line again
                "u9::i1::1::x",
                "u10:::i1::2::25",    // a third colon belongs to the item
                "u11::i1::2::25::",   // a cell too many
                "u\u00e912::i1::4::26", // Latin-1
                "u13::i\t1::4::27"));  // a tab inside an id
        Random random = new Random(11);
        String alphabet = "u1:: \t.5-x\u00e9";
        for (int r = 0; r < 400; r++) {
            StringBuilder line = new StringBuilder("r" + r);
            int n = random.nextInt(16);
            for (int i = 0; i < n; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            edges.add(line.toString());
        }
        sameBothWays("ratings.dat", edges, "::", StandardCharsets.ISO_8859_1, "\n");
        sameBothWays("ratings.dat", edges, "::", StandardCharsets.ISO_8859_1, "\r\n"); // a Windows file
    }

    @Test
    void whitespaceLinesReadPlainlyGiveWhatTheOrdinaryPathGives() throws Exception {
        List<String> edges = new ArrayList<>(List.of(
                "  u1   i1  3.5 17  ",  // blanks around and between
                "u2\ti1\t4\t18",
                "u3 \t i1 -1 19",
                "u4 i1 2 2020-01-31",
                "u5\u000bx i2 1 20",    // a vertical tab: a blank to the ordinary path, not to the plain one
                "u6 i3 1 22\r",
                "u7 i1 x 24",
                "u8 i1 3",
                "u1 i1 5 21",
                "u\u00e99 i1 4 26",     // not ASCII
                "u10 i1 4 27 28",       // a cell too many
                "u11 i1 4 27\u3000",    // Unicode blanks and control blanks at the ends: stripped by the ordinary path
                "\u3000u12 i1 4 28",
                "u13 i1 4 29\u000b",
                "\u001cu14 i1 4 30"));
        Random random = new Random(13);
        String alphabet = "u1 \t.5-x\u00e9\u3000";
        for (int r = 0; r < 400; r++) {
            StringBuilder line = new StringBuilder("r" + r + " i");
            int n = random.nextInt(14);
            for (int i = 0; i < n; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            edges.add(line.toString());
        }
        sameBothWays("pairs.txt", edges, " ", StandardCharsets.UTF_8, "\n");
        sameBothWays("pairs.txt", edges, " ", StandardCharsets.UTF_8, "\r\n");
    }

    /**
     * Imports the edge lines first (within the rows read ahead: the ordinary path) and after 600 filler lines
     * (plainly where they are plain), and compares the rows and the errors.
     */
    private void sameBothWays(String name, List<String> edges, String separator, Charset charset, String lineEnd)
            throws Exception {
        List<String> filler = new ArrayList<>();
        for (int r = 0; r < TableInput.SAMPLE_ROWS + 100; r++) {
            filler.add(String.join(separator, "f" + r, "i" + r % 7, String.valueOf(1 + r % 5), String.valueOf(r)));
        }
        Outcome early = importLines(name, filler.subList(0, 1), edges, filler.subList(1, filler.size()), charset,
                lineEnd);
        Outcome late = importLines(name, filler, edges, List.of(), charset, lineEnd);
        assertEquals(early.rows(), late.rows());
        assertEquals(early.errors(), late.errors());
        assertTrue(early.rows().size() > filler.size() + 5, "most edge lines import: " + early.rows().size());
    }

    private record Outcome(List<String> rows, List<String> errors) {
    }

    /** The file's rows as text (sorted) and its bad rows' messages with each edge line numbered from 1. */
    private Outcome importLines(String name, List<String> before, List<String> edges, List<String> after,
                                Charset charset, String lineEnd) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("d" + before.size() + lineEnd.length()));
        Path file = sub.resolve(name);
        List<String> all = new ArrayList<>(before);
        all.addAll(edges);
        all.addAll(after);
        Files.write(file, (String.join(lineEnd, all) + lineEnd).getBytes(charset));
        Imported<Interactions> imported = InteractionImporter.importFile(file,
                new ImportOptions("auto", Map.of(), DuplicatePolicy.AVERAGE, true));
        Interactions in = imported.value();
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < in.size(); r++) {
            rows.add(in.userId(r) + "|" + in.itemId(r) + "|" + in.rating(r) + "|" + in.time(r));
        }
        rows.sort(null);
        List<String> errors = new ArrayList<>();
        Pattern line = Pattern.compile("line (\\d+)");
        for (String message : imported.summary().badRowMessages()) {
            Matcher m = line.matcher(message);
            assertTrue(m.find(), message);
            errors.add(m.replaceFirst("line " + (Long.parseLong(m.group(1)) - before.size())));
        }
        return new Outcome(rows, errors);
    }
}
