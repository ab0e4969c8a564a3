package nl.coachdans.scenario;

/**
 * What the client needs from the coach at a node, for the dance: any field left out does not
 * matter there. A move fits when every given field matches (closeness by its sign).
 */
public record Need(Lead lead, Integer closeness, Stance stance, Tempo tempo) {

    public boolean isEmpty() {
        return lead == null && closeness == null && stance == null && tempo == null;
    }

    public boolean fits(Move move) {
        if (move == null) return false;
        if (lead != null && lead != move.lead()) return false;
        if (stance != null && stance != move.stance()) return false;
        if (tempo != null && tempo != move.tempo()) return false;
        return closeness == null || Integer.signum(closeness) == Integer.signum(move.closeness());
    }
}
