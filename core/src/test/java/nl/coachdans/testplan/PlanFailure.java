package nl.coachdans.testplan;

import org.opentest4j.AssertionFailedError;

/** A plan that does not hold, named by its file and line, with what differed. */
final class PlanFailure extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final String plan;
    private final int line;

    PlanFailure(String plan, int line, String what) {
        super(plan + ":" + line + ": " + what);
        this.plan = plan;
        this.line = line;
    }

    String plan() {
        return plan;
    }

    int line() {
        return line;
    }
}
