package nl.coachdans.scenario;

/** A condition that cannot be parsed; {@code column} is 1-based within the condition text. */
public final class ConditionSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int column;

    public ConditionSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
