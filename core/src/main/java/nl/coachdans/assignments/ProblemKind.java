package nl.coachdans.assignments;

import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kind of problem a file has, for a headline in the trainee's language; the findings follow as
 * details. Decided by the findings' codes, never by their wording.
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

    private static final Set<FindingCode> NEWER_CODES = EnumSet.of(FindingCode.NEWER_ASSIGNMENT, FindingCode.NEWER_RESULT);

    /** The file as a whole cannot be read: it is no YAML or JSON object, not text, empty, or not ours. */
    private static final Set<FindingCode> UNREADABLE_CODES = EnumSet.of(
            FindingCode.NOT_CONTENT_FILE, FindingCode.NOT_REGULAR_FILE, FindingCode.CANNOT_READ, FindingCode.EMPTY_FILE,
            FindingCode.BINARY_FILE, FindingCode.NOT_UTF8, FindingCode.NO_CONTENT, FindingCode.NOT_ONE_OBJECT,
            FindingCode.YAML_SYNTAX, FindingCode.YAML_TAB, FindingCode.JSON_SYNTAX,
            FindingCode.RESULT_UNREADABLE, FindingCode.NOT_A_RESULT);

    public static ProblemKind of(List<Finding> findings) {
        return of(findings, false);
    }

    /** {@code unreadable}: the reader already said the file could not be read at all. */
    public static ProblemKind of(List<Finding> findings, boolean unreadable) {
        if (findings.stream().anyMatch(f -> NEWER_CODES.contains(f.code()))) return NEWER;
        if (findings.stream().anyMatch(f -> f.code() == FindingCode.UNKNOWN_SCENARIO)) return UNKNOWN_SCENARIO;
        if (unreadable || findings.stream().anyMatch(f -> UNREADABLE_CODES.contains(f.code()))) return UNREADABLE;
        return INVALID;
    }
}
