package nl.coachdans.scenario;

/**
 * One thing the loader or linter found, printed as {@code file:line:col: error: message (where)}.
 * Line and column are 1-based; 0 means the whole file. {@code pointer} (a JSON pointer into the
 * file) lets the position be looked up later; it is not printed. {@code fairness} marks the
 * findings of the fairness checks.
 */
public record Finding(String file, int line, int column, Level level, String message, String where, String pointer,
                      boolean fairness) {

    public Finding(String file, int line, int column, Level level, String message, String where, String pointer) {
        this(file, line, column, level, message, where, pointer, false);
    }

    public Finding(String file, int line, int column, Level level, String message, String where) {
        this(file, line, column, level, message, where, null);
    }

    /** A finding of the linter's fairness checks (issue 11), whose severity follows the content's policy. */
    public static Finding fairness(String file, Level level, String message, String where, String pointer) {
        return new Finding(file, 0, 0, level, message, where, pointer, true);
    }

    public enum Level {
        ERROR, WARNING;

        public String word() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public static Finding error(String file, String message) {
        return new Finding(file, 0, 0, Level.ERROR, message, null);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    public Finding at(int newLine, int newColumn) {
        return new Finding(file, newLine, newColumn, level, message, where, pointer, fairness);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file).append(':').append(line).append(':').append(column)
                .append(": ").append(level.word()).append(": ").append(message);
        if (where != null && !where.isEmpty()) sb.append(" (").append(where).append(')');
        return sb.toString();
    }
}
