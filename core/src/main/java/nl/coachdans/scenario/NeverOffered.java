package nl.coachdans.scenario;

/**
 * Whether a choice's condition rules the choice out for good because it needs the choice itself
 * ({@code chosen(own id)}): before a choice is first taken, {@code chosen} of it is false, so a
 * condition that is false whenever that is false can never let the choice be offered. Decided in
 * three-valued logic: the own choice is false, everything else unknown.
 */
final class NeverOffered {
    private NeverOffered() {
    }

    /** True when {@code when} can never hold while {@code choiceId} has not been chosen. */
    static boolean byItself(Condition when, String choiceId) {
        return eval(when, choiceId) == Boolean.FALSE;
    }

    /** TRUE, FALSE, or null for unknown. */
    private static Boolean eval(Condition c, String own) {
        if (c instanceof Condition.Constant k) return k.value();
        if (c instanceof Condition.Chosen ch) return ch.choice().equals(own) ? Boolean.FALSE : null;
        if (c instanceof Condition.Not n) {
            Boolean v = eval(n.operand(), own);
            return v == null ? null : !v;
        }
        if (c instanceof Condition.And a) {
            Boolean l = eval(a.left(), own), r = eval(a.right(), own);
            if (l == Boolean.FALSE || r == Boolean.FALSE) return Boolean.FALSE;
            return l == Boolean.TRUE && r == Boolean.TRUE ? Boolean.TRUE : null;
        }
        if (c instanceof Condition.Or o) {
            Boolean l = eval(o.left(), own), r = eval(o.right(), own);
            if (l == Boolean.TRUE || r == Boolean.TRUE) return Boolean.TRUE;
            return l == Boolean.FALSE && r == Boolean.FALSE ? Boolean.FALSE : null;
        }
        return null;
    }
}
