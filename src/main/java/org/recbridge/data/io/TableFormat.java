package org.recbridge.data.io;

import java.io.IOException;

import org.recbridge.data.DataFormatException;

/** One supported file format: recognises its files and opens a streaming {@link TableReader} on them. */
public interface TableFormat {
    /** The id used in {@code ImportOptions.format} ("delimited", "movielens", "recbole", "whitespace"). */
    String id();

    /** Whether this format claims the file, judged from its name and first lines only. */
    boolean matches(FileSample sample);

    TableReader open(FileSample sample) throws IOException, DataFormatException;
}
