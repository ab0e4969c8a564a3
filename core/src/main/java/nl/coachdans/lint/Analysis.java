package nl.coachdans.lint;

import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scoring.Axis;

import java.util.List;
import java.util.Map;

/**
 * What the explorer learned about all paths through a scenario: for every step, risk and ending a
 * shortest witness (the choice ids that reach it; null when unreachable), the range of every score
 * axis, and the places where a path gets stuck.
 */
public record Analysis(
        String scenario,
        List<Target> steps,
        List<Target> risks,
        List<Target> endings,
        Map<Axis, Range> axes,
        List<Stuck> stuck,
        int configurations,
        boolean complete) {

    /** A step, risk or ending and a shortest path that reaches or commits it. */
    public record Target(String framework, String id, String quality, List<String> witness) {
        public boolean reachable() {
            return witness != null;
        }
    }

    /**
     * The lowest and highest value an axis takes over all finished paths; max null = unbounded.
     * When {@code exact} is false the scenario had too many distinct states to enumerate and the
     * range is a safe bound (min 0, max the number of steps or risks that some path reaches).
     */
    public record Range(int min, Integer max, boolean exact) { }

    /**
     * A node where some path gets stuck: no option available ({@code STUCK_NO_OPTION}), or no ending
     * reachable any more ({@code STUCK_NO_ENDING}).
     */
    public record Stuck(String node, FindingCode why, List<String> witness) { }
}
