package nl.coachdans.scenario;

/**
 * Recursive-descent parser for conditions. Grammar:
 * <pre>
 * or      := and ("or" and)*
 * and     := unary ("and" unary)*
 * unary   := "not" unary | primary
 * primary := "(" or ")" | "true" | "false" | call | IDENT OP NUMBER
 * call    := ("visited" | "chosen") "(" IDENT ")"
 *          | ("committed" | "reached") "(" [IDENT "/"] IDENT ")"
 *          | "risks" "(" ("critical" | "warning" | "any") ")" OP NUMBER
 *          | "steps" "(" IDENT ")" OP NUMBER
 * </pre>
 * Inside committed() the words critical and warning (and any) name a severity, not a risk.
 * Nesting is bounded so that hostile input cannot exhaust the stack.
 */
final class ConditionParser {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_LENGTH = 2_000;

    private final String src;
    private int pos;
    private int depth;

    ConditionParser(String source) {
        this.src = source == null ? "" : source;
    }

    Condition parse() {
        if (src.length() > MAX_LENGTH) throw error("condition is longer than " + MAX_LENGTH + " characters", 0);
        skipSpace();
        if (pos >= src.length()) throw error("empty condition", 0);
        Condition c = parseOr();
        skipSpace();
        if (pos < src.length()) throw error("unexpected '" + src.charAt(pos) + "'", pos);
        return c;
    }

    private Condition parseOr() {
        int from = pos;
        Condition left = parseAnd();
        while (keyword("or")) {
            Condition right = parseAnd();
            left = new Condition.Or(left, right, text(from));
        }
        return left;
    }

    private Condition parseAnd() {
        int from = pos;
        Condition left = parseUnary();
        while (keyword("and")) {
            Condition right = parseUnary();
            left = new Condition.And(left, right, text(from));
        }
        return left;
    }

    private Condition parseUnary() {
        skipSpace();
        int from = pos;
        if (keyword("not")) {
            enter();
            Condition operand = parseUnary();
            depth--;
            return new Condition.Not(operand, text(from));
        }
        return parsePrimary();
    }

    private Condition parsePrimary() {
        skipSpace();
        int from = pos;
        if (pos >= src.length()) throw error("condition ends too early", pos);
        if (src.charAt(pos) == '(') {
            pos++;
            enter();
            Condition inner = parseOr();
            depth--;
            skipSpace();
            expect(')');
            return inner;
        }
        String word = identifier();
        if (word == null) throw error("expected a state variable, visited(...), chosen(...), committed(...), reached(...), "
                + "risks(...), steps(...), true or false", pos);
        switch (word) {
            case "true": return new Condition.Constant(true, text(from));
            case "false": return new Condition.Constant(false, text(from));
            case "visited":
            case "chosen": {
                skipSpace();
                expect('(');
                skipSpace();
                String arg = identifier();
                if (arg == null) throw error("expected an id inside " + word + "(...)", pos);
                skipSpace();
                expect(')');
                return word.equals("visited") ? new Condition.Visited(arg, text(from)) : new Condition.Chosen(arg, text(from));
            }
            case "committed": {
                String[] arg = qualifiedArgument(word);
                if (arg[0] == null && isSeverity(arg[1])) {
                    return new Condition.RiskCount(severity(arg[1]), Operator.GE, 1, text(from));
                }
                return new Condition.Committed(arg[0], arg[1], text(from));
            }
            case "reached": {
                String[] arg = qualifiedArgument(word);
                return new Condition.Reached(arg[0], arg[1], text(from));
            }
            case "risks": {
                skipSpace();
                expect('(');
                skipSpace();
                int argAt = pos;
                String arg = identifier();
                if (arg == null || !isSeverity(arg)) throw error("risks(...) counts by severity: write risks(critical), risks(warning) or risks(any)", argAt);
                skipSpace();
                expect(')');
                Operator op = comparison("risks(" + arg + ")");
                return new Condition.RiskCount(severity(arg), op, wholeNumber(op), text(from));
            }
            case "steps": {
                skipSpace();
                expect('(');
                skipSpace();
                String arg = identifier();
                if (arg == null) throw error("expected a framework id inside steps(...)", pos);
                skipSpace();
                expect(')');
                Operator op = comparison("steps(" + arg + ")");
                return new Condition.StepCount(arg, op, wholeNumber(op), text(from));
            }
            case "and": case "or": case "not":
                throw error("'" + word + "' needs something before or after it", from);
            default: {
                skipSpace();
                int opAt = pos;
                String op = operator();
                if (op == null) throw error("expected a comparison (<, <=, >, >=, ==, !=) after '" + word + "'", opAt);
                skipSpace();
                Integer number = number();
                if (number == null) throw error("expected a whole number after '" + op + "'", pos);
                return new Condition.Comparison(word, op, number, text(from));
            }
        }
    }

    /** {@code ( [FRAMEWORK /] ID )} after committed or reached: {framework or null, id}. */
    private String[] qualifiedArgument(String word) {
        skipSpace();
        expect('(');
        skipSpace();
        String first = identifier();
        if (first == null) throw error("expected an id inside " + word + "(...)", pos);
        String second = null;
        skipSpace();
        if (pos < src.length() && src.charAt(pos) == '/') {
            pos++;
            second = identifier();
            if (second == null) throw error("expected an id after '/' inside " + word + "(...)", pos);
            skipSpace();
        }
        expect(')');
        return second == null ? new String[] {null, first} : new String[] {first, second};
    }

    private static boolean isSeverity(String word) {
        return word.equals("critical") || word.equals("warning") || word.equals("any");
    }

    /** The severity a reserved word names; null for "any". */
    private static Severity severity(String word) {
        return switch (word) {
            case "critical" -> Severity.CRITICAL;
            case "warning" -> Severity.WARNING;
            default -> null;
        };
    }

    private Operator comparison(String what) {
        skipSpace();
        int opAt = pos;
        String op = operator();
        if (op == null) throw error("expected a comparison (<, <=, >, >=, ==, !=) after '" + what + "'", opAt);
        skipSpace();
        return Operator.of(op);
    }

    private int wholeNumber(Operator op) {
        Integer number = number();
        if (number == null) throw error("expected a whole number after '" + op.symbol() + "'", pos);
        return number;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) throw error("condition is nested too deeply", pos);
    }

    private boolean keyword(String kw) {
        skipSpace();
        int end = pos + kw.length();
        if (src.startsWith(kw, pos) && (end == src.length() || !isIdentPart(src.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private String identifier() {
        int start = pos;
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
            while (pos < src.length() && isIdentPart(src.charAt(pos))) pos++;
            return src.substring(start, pos);
        }
        return null;
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private String operator() {
        for (String op : new String[] {"<=", ">=", "==", "!=", "<", ">"}) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                return op;
            }
        }
        return null;
    }

    private Integer number() {
        int start = pos;
        if (pos < src.length() && (src.charAt(pos) == '-' || src.charAt(pos) == '+')) pos++;
        int digits = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
        if (pos == digits || pos - digits > 6) {
            pos = start;
            return null;
        }
        return Integer.parseInt(src.substring(start, pos));
    }

    private void expect(char c) {
        if (pos >= src.length() || src.charAt(pos) != c) throw error("expected '" + c + "'", pos);
        pos++;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private String text(int from) {
        return src.substring(from, pos).trim();
    }

    private ConditionSyntaxException error(String message, int at) {
        return new ConditionSyntaxException(message + " in condition \"" + src + "\" (column " + (at + 1) + ")", at + 1);
    }
}
