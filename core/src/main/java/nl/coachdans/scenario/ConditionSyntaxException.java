package nl.coachdans.scenario;

/**
 * A condition that cannot be parsed: the problem (its code, the condition and the 1-based column,
 * then what was expected) and, as the message, its English words.
 */
public final class ConditionSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;
    private final int column;

    public ConditionSyntaxException(Problem problem, int column) {
        super(FindingText.of(Language.EN).message(problem));
        this.problem = problem;
        this.column = column;
    }

    public Problem problem() {
        return problem;
    }

    public int column() {
        return column;
    }
}
