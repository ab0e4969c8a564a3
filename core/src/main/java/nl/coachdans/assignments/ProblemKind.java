package nl.coachdans.assignments;

import nl.coachdans.scenario.Finding;

import java.util.List;
import java.util.Locale;

/**
 * The kind of problem a file has, for a headline in the trainee's language; the readers' own
 * messages (in English, with line and column) follow as details. Recognised from the readers'
 * messages, which are stable because their tests pin them.
 */
public enum ProblemKind {
    /** Made by a newer Coachdans: update, do not edit. */
    NEWER,
    /** Names a scenario this game does not have (a typo, or content of another version). */
    UNKNOWN_SCENARIO,
    /** Not readable as YAML/JSON at all, or empty. */
    UNREADABLE,
    /** Readable but wrong (a missing field, a bad mode or band ...). */
    INVALID;

    public static ProblemKind of(List<Finding> findings) {
        return of(findings.stream().map(Finding::message).toList(), false);
    }

    public static ProblemKind of(List<String> messages, boolean unreadable) {
        for (String m : messages) if (lower(m).contains("newer version")) return NEWER;
        for (String m : messages) if (lower(m).startsWith("unknown scenario") || lower(m).contains("is not available here")) return UNKNOWN_SCENARIO;
        if (unreadable) return UNREADABLE;
        for (String m : messages) {
            String l = lower(m);
            if (l.contains("not readable") || l.contains("cannot read") || l.contains("is empty") || l.contains("not a coachdans")
                    || l.startsWith("not valid") || l.contains("not text") || l.contains("holds no content") || l.contains("not a content file")
                    || l.contains("must hold one object")) {
                return UNREADABLE;
            }
        }
        return INVALID;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** A finding as one line: "line 20, column 24: message (where)"; the file is named elsewhere. */
    public static String line(Finding f, String lineWord, String columnWord) {
        StringBuilder sb = new StringBuilder();
        if (f.line() > 0) sb.append(lineWord).append(' ').append(f.line());
        if (f.column() > 0) sb.append(", ").append(columnWord).append(' ').append(f.column());
        if (sb.length() > 0) sb.append(": ");
        sb.append(f.message());
        if (f.where() != null && !f.where().isEmpty()) sb.append(" (").append(f.where()).append(')');
        return sb.toString();
    }
}
