package org.recbridge.export.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The folder name of an exported run: strategy, learner and seed, with characters unsafe in file names replaced.
 * A strategy's label carries its settings, so a name could outgrow what a file system takes in one name (255
 * bytes on most, 143 under an encrypted home folder) and fail only after training. A longer name keeps a
 * readable start, a short hash of the whole label (so two long labels with the same start stay apart, and the
 * same label gives the same folder every time) and the seed.
 */
final class ExportFolderName {
    /** The longest name written: the smallest common file-name limit (eCryptfs's). */
    static final int MAX_LENGTH = 143;
    private static final int HASH_HEX = 10;

    private ExportFolderName() {
    }

    static String of(String strategy, String learner, long seed) {
        String seedPart = "_seed" + seed;
        String head = safe(strategy + "_" + learner);
        if (head.length() + seedPart.length() <= MAX_LENGTH) {
            return head + seedPart;
        }
        String hash = "-" + hash(strategy + "\n" + learner);
        int keep = MAX_LENGTH - seedPart.length() - hash.length();
        return head.substring(0, keep) + hash + seedPart;
    }

    /** Only ASCII letters, digits and {@code ._=-} remain, so a character is a byte. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._=-]+", "_");
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
