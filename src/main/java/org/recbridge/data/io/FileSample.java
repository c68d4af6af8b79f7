package org.recbridge.data.io;

import java.io.BufferedReader;
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
 * (with or without BOM) unless the first bytes are not valid UTF-8, in which case Latin-1 is assumed.
 *
 * @param lines the first non-blank lines, decoded, BOM removed
 */
public record FileSample(Path path, String fileName, Charset charset, boolean bom, List<String> lines) {
    static final int SAMPLE_LINES = 20;
    private static final int SAMPLE_BYTES = 64 * 1024;

    public static FileSample read(Path path) throws IOException, DataFormatException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new DataFormatException(path.toString(), 0, null, "file not found");
        }
        if (Files.isDirectory(path)) {
            throw new DataFormatException(path.toString(), 0, null, "is a directory, not a file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        Charset charset = isUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Texts.open(path, charset)) {
            String line;
            while (lines.size() < SAMPLE_LINES && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return new FileSample(path, name, charset, bom, List.copyOf(lines));
    }
    private List<String> readLines(Charset other) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = Texts.open(path, other)) {
            String line;
            while (out.size() < SAMPLE_LINES && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return List.copyOf(out);
    }

    public String firstLine() {
        return lines.isEmpty() ? "" : lines.get(0);
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
