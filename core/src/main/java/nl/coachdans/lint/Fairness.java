package nl.coachdans.lint;

import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;

import java.util.List;
import java.util.Map;

/**
 * What the fairness checks found (issue 11): how naive students who read only the wording fare,
 * whether the expert option gives itself away by its length, steps behind a single gate, loops that
 * repeat without bound, needs that copy the expert's move, and paths whose ending is better than
 * their conduct allows. Each part carries the evidence a trainer needs to check it by playing.
 */
public record Fairness(
        List<Strategy> strategies,
        RandomStudents random,
        Tell tell,
        List<Gate> gates,
        List<Loop> loops,
        Dance dance,
        List<ConductViolation> conduct,
        boolean complete) {

    /** The fixed naive strategies, each choosing by the option's text in Dutch. */
    public enum Rule {
        LONGEST, SHORTEST, FIRST;

        /** How the strategy picks, in the findings bundles' words. */
        public Problem.Word word() {
            return new Problem.Word("rule." + code());
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One fixed strategy played to its end: the path, the ending (null when it never ends) and the bands. */
    public record Strategy(Rule rule, List<String> path, String ending, Quality quality, Map<Axis, Band> bands) {
        public boolean allBekwaam() {
            return !bands.isEmpty() && bands.values().stream().allMatch(b -> b == Band.BEKWAAM);
        }
    }

    /** Seeded random students (seeds 0 .. students-1): how many reach each ending quality, or none. */
    public record RandomStudents(int students, Map<String, Integer> byQuality, int noEnding, List<String> bestWitness) {
        public int goodOrBetter() {
            return byQuality.getOrDefault("best", 0) + byQuality.getOrDefault("good", 0);
        }

        public double goodOrBetterShare() {
            return students == 0 ? 0 : (double) goodOrBetter() / students;
        }
    }

    /**
     * On the expert path: at how many decisions (of those with two options or more) the expert option
     * is strictly the longest, and the mean ratio of its length to the mean length of the others.
     */
    public record Tell(int decisions, int expertLongest, double meanRatio) {
        public double share() {
            return decisions == 0 ? 0 : (double) expertLongest / decisions;
        }
    }

    /** A step that only one option of the scenario reaches, on any path. */
    public record Gate(String framework, String step, String node, String choice, List<String> witness) { }

    /** A cycle that can repeat without bound, what it repeats, and how to get there. */
    public record Loop(List<String> nodes, List<String> cycle, List<String> witness, Repeats repeats) { }

    /** The weightiest thing a loop repeats: a risk, an effect on the client state, or only the client's lines. */
    public enum Repeats {
        RISK, EFFECT, LINE;

        /** What repeats, in the findings bundles' words. */
        public Problem.Word word() {
            return new Problem.Word("repeats." + code());
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Expert-path nodes with needs, and at how many of them the needs copy the expert's move. */
    public record Dance(int judged, int copies) {
        public boolean copiesEverywhere() {
            return judged > 0 && copies == judged;
        }
    }

    /** A path whose ending is better than its conduct allows (FORMAT.md §7), shortest first. */
    public record ConductViolation(Bound bound, String ending, Quality quality, int warnings, boolean critical, List<String> witness) { }

    public enum Bound {
        CRITICAL_REACHES_BEST, WARNINGS_ABOVE_MIXED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
