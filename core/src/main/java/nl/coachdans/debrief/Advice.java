package nl.coachdans.debrief;

/** Something to practise next, pointing at a step or risk of a framework (or the dance). */
public record Advice(Kind kind, String framework, String id, int turn) {

    public enum Kind {
        /** A critical risk was committed. */
        CRITICAL_RISK,
        /** A risk was committed. */
        RISK,
        /** A step was not reached. */
        MISSED_STEP,
        /** A step was reached out of order. */
        ORDER,
        /** The moves often did not fit what the client needed. */
        DANCE
    }
}
