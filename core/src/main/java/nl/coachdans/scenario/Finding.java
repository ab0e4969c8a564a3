package nl.coachdans.scenario;

import java.util.List;

/**
 * One thing a reader, the validator or the linter found: where (file, 1-based line and column, 0 for
 * the whole file; the node or choice) and what, as a {@link Problem} with a stable code. {@link
 * FindingText} renders it as {@code file:line:col: error CD0245 unknown-node: message (where)} in
 * nl or en. {@code pointer} (a JSON pointer into the file) lets the position be looked up later; it
 * is not printed. {@code fairness} marks the findings of the fairness checks.
 */
public record Finding(String file, int line, int column, Level level, Problem problem, Site where, String pointer,
                      boolean fairness) {

    public Finding {
        if (problem == null) throw new IllegalArgumentException("a finding needs a problem");
    }

    public Finding(String file, int line, int column, Level level, Problem problem, Site where, String pointer) {
        this(file, line, column, level, problem, where, pointer, false);
    }

    /** A finding of the linter's fairness checks (issue 11), whose severity follows the content's policy. */
    public static Finding fairness(String file, Level level, Problem problem, Site where, String pointer) {
        return new Finding(file, 0, 0, level, problem, where, pointer, true);
    }

    public enum Level {
        ERROR, WARNING;

        public String word() {
            return this == ERROR ? "error" : "warning";
        }
    }

    /** An error about the whole file. */
    public static Finding error(String file, FindingCode code, Object... args) {
        return error(file, Problem.of(code, args));
    }

    public static Finding error(String file, Problem problem) {
        return new Finding(file, 0, 0, Level.ERROR, problem, null, null);
    }

    public FindingCode code() {
        return problem.code();
    }

    public List<Object> args() {
        return problem.args();
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    public Finding at(int newLine, int newColumn) {
        return new Finding(file, newLine, newColumn, level, problem, where, pointer, fairness);
    }

    /** The English line, for logs and for messages of commands that speak English only. */
    @Override
    public String toString() {
        return FindingText.of(Language.EN).line(this);
    }
}
