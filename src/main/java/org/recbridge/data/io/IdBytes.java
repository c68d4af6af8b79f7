package org.recbridge.data.io;

import java.nio.charset.Charset;
import java.util.Arrays;

import org.recbridge.data.IdIndex;

/**
 * The ids of an {@link IdIndex} looked up by the bytes of their names, so that an import makes a string only
 * for a name it has not seen: a ratings file names each user and item many times. Two byte strings that decode
 * to one name (malformed UTF-8) get the one id, since ids are still given by the index.
 */
final class IdBytes {
    private final IdIndex index;
    private final Charset charset;
    private byte[][] names = new byte[1 << 10][];
    private int[] hashes = new int[1 << 10];
    private int[] ids = new int[1 << 10];
    private int size;
    /** The name last looked up, its hash and id: a ratings file often has a user's rows together. */
    private byte[] last = new byte[0];
    private int lastHash;
    private int lastId = -1;

    IdBytes(IdIndex index, Charset charset) {
        this.index = index;
        this.charset = charset;
    }

    /**
     * The id of the name in {@code bytes[from, to)}, giving it one if it is new. Hashes are compared before
     * bytes, and bytes in a plain loop: ids are a few bytes long, for which Arrays.equals' set-up took a fifth of
     * a large import's time.
     */
    int idOf(byte[] bytes, int from, int to) {
        int h = hash(bytes, from, to);
        if (lastId >= 0 && h == lastHash && same(last, bytes, from, to)) {
            return lastId;
        }
        int mask = names.length - 1;
        int s = h & mask;
        for (byte[] name; (name = names[s]) != null; s = (s + 1) & mask) {
            if (hashes[s] == h && same(name, bytes, from, to)) {
                last = name;
                lastHash = h;
                lastId = ids[s];
                return lastId;
            }
        }
        byte[] name = Arrays.copyOfRange(bytes, from, to);
        int id = index.idOf(new String(name, charset));
        names[s] = name;
        hashes[s] = h;
        ids[s] = id;
        last = name;
        lastHash = h;
        lastId = id;
        if (2 * ++size > names.length) {
            grow();
        }
        return id;
    }

    private static boolean same(byte[] name, byte[] bytes, int from, int to) {
        if (name.length != to - from) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (name[k] != bytes[from + k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16); // as HashMap: the high bits reach the low ones, which pick the slot
    }

    private void grow() {
        byte[][] oldNames = names;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        names = new byte[oldNames.length * 2][];
        hashes = new int[names.length];
        ids = new int[names.length];
        int mask = names.length - 1;
        for (int k = 0; k < oldNames.length; k++) {
            if (oldNames[k] != null) {
                int s = oldHashes[k] & mask;
                while (names[s] != null) {
                    s = (s + 1) & mask;
                }
                names[s] = oldNames[k];
                hashes[s] = oldHashes[k];
                ids[s] = oldIds[k];
            }
        }
    }
}
