package nl.coachdans.engine;

/**
 * What a session has done so far, as far as conditions and the order rule can ask: the steps
 * reached, the ordered steps already blamed as skipped (each is blamed once per session), the
 * risks committed at least once, and the number of risk events per severity. Bits are the
 * {@link Rubric}'s step and risk indexes.
 */
public record History(long reached, long blamed, long committed, int warnings, int criticals) {
    public static final History EMPTY = new History(0, 0, 0, 0, 0);

    /** The history after a choice judged as {@code j}. */
    public History after(Rubric rubric, Rubric.Judgement j) {
        int w = warnings, c = criticals;
        long com = committed;
        for (int r : j.risks()) {
            com |= 1L << r;
            if (rubric.riskDefinition(r).severity() == nl.coachdans.scenario.Severity.CRITICAL) c++;
            else w++;
        }
        return new History(reached | j.newSteps(), blamed | j.blamed(), com, w, c);
    }

    /** Risk events of any severity. */
    public int events() {
        return warnings + criticals;
    }
}
