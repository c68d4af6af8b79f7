package org.recbridge.data.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.recbridge.data.DataFormatException;

/**
 * The name, encoding and first lines of a file: everything format detection looks at. Encoding is UTF-8
 * (with or without BOM) unless the first bytes are not valid UTF-8, in which case Latin-1 is assumed. The file
 * is opened once: the sample is taken from the first block, and {@link #content()} hands out the same stream
 * from its first byte, so a pipe or FIFO ({@code inspect <(cat f)}) reads as a file does.
 *
 * @param lines the first non-blank lines, decoded, BOM removed
 */
public record FileSample(Path path, String fileName, Charset charset, boolean bom, List<String> lines,
                         InputStream content) {
    static final int SAMPLE_LINES = 20;
    private static final int SAMPLE_BYTES = 64 * 1024;

    /** The caller owns the sample's stream: a reader takes it over through {@link #content()} and closes it. */
    public static FileSample read(Path path) throws IOException, DataFormatException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new DataFormatException(path.toString(), 0, null, "file not found");
        }
        if (Files.isDirectory(path)) {
            throw new DataFormatException(path.toString(), 0, null, "is a directory, not a file");
        }
        // FileInputStream, not Files.newInputStream: a channel's available() seeks, which a pipe cannot
        BufferedInputStream in = new BufferedInputStream(new FileInputStream(path.toFile()), SAMPLE_BYTES + 1);
        try {
            in.mark(SAMPLE_BYTES + 1);
            byte[] head = in.readNBytes(SAMPLE_BYTES);
            in.reset();
            refuseBinary(name, head);
            boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                    && (head[2] & 0xff) == 0xBF;
            Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            return new FileSample(path, name, charset, bom, sampleLines(head, charset), new BoundedLines(in));
        } catch (IOException | DataFormatException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first non-blank lines of the head; a line the head cuts off is left out unless the file ends there. */
    private static List<String> sampleLines(byte[] head, Charset charset) throws IOException {
        int end = head.length;
        if (head.length == SAMPLE_BYTES) {
            while (end > 0 && head[end - 1] != '\n') {
                end--;
            }
            end = end == 0 ? head.length : end; // one line longer than the head: its start still says something
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Texts.open(new ByteArrayInputStream(head, 0, end), charset)) {
            String line;
            while (lines.size() < SAMPLE_LINES && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return List.copyOf(lines);
    }

    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /**
     * Text files hold no NUL bytes and few control characters; a compressed, spreadsheet or UTF-16 file does.
     * Said once here, with the line it starts on, rather than as a parser error about quoting further on.
     */
    private static void refuseBinary(String name, byte[] head) throws DataFormatException {
        if (head.length >= 2 && ((head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF
                || (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE)) {
            throw new DataFormatException(name, 1, null, "UTF-16 text, which RecBridge does not read; save it as UTF-8");
        }
        int control = 0;
        boolean nul = false;
        int first = -1;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
                nul |= b == 0;
                first = first < 0 ? i : first;
            }
        }
        if (nul || control > head.length / 100 + 2) {
            long line = 1;
            for (int i = 0; i < first; i++) {
                if (head[i] == '\n') {
                    line++;
                }
            }
            throw new DataFormatException(name, line, null, "not a text file of a known format (binary data); "
                    + "expected delimited text, MovieLens, RecBole or whitespace-separated files");
        }
    }

    /** Decodes the sample strictly; a multi-byte character cut at the end of the sample is not an error. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        return !decoder.decode(ByteBuffer.wrap(bytes), out, false).isError();
    }
}
