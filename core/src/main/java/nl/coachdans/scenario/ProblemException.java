package nl.coachdans.scenario;

/**
 * A content problem met where an exception is the natural answer (a tag that does not parse, a
 * rubric too large); the catcher turns its {@link #problem()} into a finding. The message is the
 * English rendering, for logs and for callers that only want to stop.
 */
public final class ProblemException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(FindingText.of(Language.EN).message(problem));
        this.problem = problem;
    }

    public ProblemException(FindingCode code, Object... args) {
        this(Problem.of(code, args));
    }

    public Problem problem() {
        return problem;
    }
}
