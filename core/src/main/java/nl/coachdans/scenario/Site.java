package nl.coachdans.scenario;

/**
 * The place in a file a finding is about, named the way an author names it: a node, a choice of a
 * node, a choice of the expert path, a step, risk or label (by framework/id or id), a state
 * variable, or a field given by its dotted path ({@code nodes.mail.choices[0].next}).
 */
public record Site(Kind kind, String id, String choice) {

    public enum Kind { NODE, CHOICE, EXPERT_CHOICE, STEP, RISK, LABEL, STATE, FIELD }

    public static Site node(String id) {
        return new Site(Kind.NODE, id, null);
    }

    public static Site choice(String node, String choice) {
        return new Site(Kind.CHOICE, node, choice);
    }

    public static Site of(Kind kind, String id) {
        return new Site(kind, id, null);
    }

    /** A dotted path, or null when there is none. */
    public static Site field(String path) {
        return path == null || path.isEmpty() ? null : new Site(Kind.FIELD, path, null);
    }
}
