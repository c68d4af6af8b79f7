package org.recbridge.data;

/**
 * Bad input in a data file, with the place it was found: file, line (1-based, or 0 if not about a line)
 * and column (null if not about a column). The message reads like
 * {@code ratings.csv line 1207, column rating: "4,5" is not a number}.
 */
public final class DataFormatException extends Exception {
    private final String file;
    private final long line;
    private final String column;
    private final String problem;

    public DataFormatException(String file, long line, String column, String problem) {
        super(format(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, long line, String column, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(" line ").append(line);
        }
        if (column != null) {
            where.append(line > 0 ? ", " : " ").append("column ").append(column);
        }
        return where + ": " + problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
