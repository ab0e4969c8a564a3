package nl.coachdans.cli;

/** A problem the user can fix (bad id, bad file); printed as one line, never as a stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
