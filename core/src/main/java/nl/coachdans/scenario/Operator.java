package nl.coachdans.scenario;

/** A comparison in a condition: {@code <, <=, >, >=, ==, !=}. */
public enum Operator {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The operator written as {@code symbol}, or null. */
    public static Operator of(String symbol) {
        for (Operator o : values()) if (o.symbol.equals(symbol)) return o;
        return null;
    }

    public boolean test(int left, int right) {
        return switch (this) {
            case LT -> left < right;
            case LE -> left <= right;
            case GT -> left > right;
            case GE -> left >= right;
            case EQ -> left == right;
            case NE -> left != right;
        };
    }
}
