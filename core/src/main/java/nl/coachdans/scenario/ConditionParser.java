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
        if (src.length() > MAX_LENGTH) throw error(0, FindingCode.CONDITION_TOO_LONG, MAX_LENGTH);
        skipSpace();
        if (pos >= src.length()) throw error(0, FindingCode.CONDITION_EMPTY);
        Condition c = parseOr();
        skipSpace();
        if (pos < src.length()) throw error(pos, FindingCode.CONDITION_UNEXPECTED, String.valueOf(src.charAt(pos)));
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
        if (pos >= src.length()) throw error(pos, FindingCode.CONDITION_ENDS_EARLY);
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
        if (word == null) throw error(pos, FindingCode.CONDITION_EXPECTED_TERM);
        switch (word) {
            case "true": return new Condition.Constant(true, text(from));
            case "false": return new Condition.Constant(false, text(from));
            case "visited":
            case "chosen": {
                skipSpace();
                expect('(');
                skipSpace();
                String arg = identifier();
                if (arg == null) throw error(pos, FindingCode.CONDITION_EXPECTED_ID, word);
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
                if (arg == null || !isSeverity(arg)) throw error(argAt, FindingCode.CONDITION_RISKS_BY_SEVERITY);
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
                if (arg == null) throw error(pos, FindingCode.CONDITION_EXPECTED_FRAMEWORK);
                skipSpace();
                expect(')');
                Operator op = comparison("steps(" + arg + ")");
                return new Condition.StepCount(arg, op, wholeNumber(op), text(from));
            }
            case "and": case "or": case "not":
                throw error(from, FindingCode.CONDITION_WORD_ALONE, word);
            default: {
                skipSpace();
                int opAt = pos;
                String op = operator();
                if (op == null) throw error(opAt, FindingCode.CONDITION_EXPECTED_COMPARISON, word);
                skipSpace();
                Integer number = number();
                if (number == null) throw error(pos, FindingCode.CONDITION_EXPECTED_NUMBER, op);
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
        if (first == null) throw error(pos, FindingCode.CONDITION_EXPECTED_ID, word);
        String second = null;
        skipSpace();
        if (pos < src.length() && src.charAt(pos) == '/') {
            pos++;
            second = identifier();
            if (second == null) throw error(pos, FindingCode.CONDITION_EXPECTED_ID_AFTER_SLASH, word);
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
        if (op == null) throw error(opAt, FindingCode.CONDITION_EXPECTED_COMPARISON, what);
        skipSpace();
        return Operator.of(op);
    }

    private int wholeNumber(Operator op) {
        Integer number = number();
        if (number == null) throw error(pos, FindingCode.CONDITION_EXPECTED_NUMBER, op.symbol());
        return number;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) throw error(pos, FindingCode.CONDITION_NESTED_TOO_DEEPLY);
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
        if (pos >= src.length() || src.charAt(pos) != c) throw error(pos, FindingCode.CONDITION_EXPECTED_CHARACTER, String.valueOf(c));
        pos++;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private String text(int from) {
        return src.substring(from, pos).trim();
    }

    /** A syntax error at {@code at} (0-based): the condition and the 1-based column come first among the arguments. */
    private ConditionSyntaxException error(int at, FindingCode code, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = src;
        args[1] = at + 1;
        System.arraycopy(more, 0, args, 2, more.length);
        return new ConditionSyntaxException(Problem.of(code, args), at + 1);
    }
}
