package nl.coachdans.lint;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.UnknownChoiceException;
import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Validator;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.engine.Rubric;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.Scorer;
import nl.coachdans.scoring.StepResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The full check of a scenario: the validator's structure checks, then, when the structure is
 * sound, the pedagogical ones over all paths (every step, risk and ending reachable, nowhere to
 * get stuck) and the expert path (plays, reaches every step in order, commits no risk, ends best).
 */
public final class Linter {
    /** At most this share of random students may reach good or better (issue 11). */
    static final double RANDOM_GOOD_SHARE = 0.05;
    /** The expert option may be the longest at no more than this share of its decisions. */
    static final double TELL_SHARE = 0.40;

    private final Curriculum curriculum;
    private final FairnessPolicy policy;

    /** A linter for user content: conduct bounds and loops are errors. */
    public Linter(Curriculum curriculum) {
        this(curriculum, FairnessPolicy.USER);
    }

    public Linter(Curriculum curriculum, FairnessPolicy policy) {
        this.curriculum = curriculum;
        this.policy = policy;
    }

    /**
     * The findings (fairness findings last) and, when the structure allowed it, the analysis and the
     * fairness checks behind them; {@code fairnessFindings} counts how many of the findings are the
     * fairness checks'.
     */
    public record Result(List<Finding> findings, Analysis analysis, Fairness fairness, int fairnessFindings) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    public Result lint(String file, Scenario sc) {
        ConversationGraph graph = ConversationGraph.of(sc);
        List<Finding> out = new ArrayList<>(new Validator(curriculum).validate(file, sc, graph));
        if (out.stream().anyMatch(Finding::isError)) return new Result(out, null, null, 0);

        Analysis a;
        Rubric rubric;
        StateGraph g;
        try {
            rubric = new Rubric(sc, curriculum);
            Explorer explorer = new Explorer(curriculum);
            g = explorer.stateGraph(sc, rubric, graph);
            a = explorer.explore(sc, rubric, graph, g);
        } catch (IllegalArgumentException e) {
            out.add(error(file, "/nodes", null, "the paths cannot be checked: " + e.getMessage()));
            return new Result(out, null, null, 0);
        }
        if (!a.complete()) {
            // Unexplored states would show up as false dead ends and unreachable targets.
            out.add(warning(file, "/nodes", null, "the scenario has more than " + a.configurations()
                    + " distinct conversation states; path checks were skipped (simplify conditions or split the scenario)"));
            checkExpert(file, sc, rubric, out);
            return new Result(out, a, null, 0);
        }
        for (Analysis.Stuck s : a.stuck()) {
            out.add(error(file, "/nodes/" + s.node(), "node " + s.node(), "a path gets stuck here: " + s.reason()
                    + " (reached by: " + String.join(",", s.witness()) + ")"));
        }
        for (Analysis.Target t : a.endings()) {
            if (!t.reachable()) out.add(error(file, "/nodes/" + t.id(), "node " + t.id(), "ending can never be reached"));
        }
        for (Analysis.Target t : a.steps()) {
            if (!t.reachable()) out.add(warning(file, "/frameworks", "step " + t.framework() + "/" + t.id(),
                    "no path reaches this step of framework " + t.framework()));
        }
        for (Analysis.Target t : a.risks()) {
            if (!t.reachable()) out.add(warning(file, "/frameworks", "risk " + t.framework() + "/" + t.id(),
                    "no path commits this risk, so the simulator can never show it"));
        }
        checkExpert(file, sc, rubric, out);
        Fairness fairness = new FairnessChecks(curriculum).check(sc, rubric, g);
        int before = out.size();
        reportFairness(file, fairness, out);
        return new Result(out, a, fairness, out.size() - before);
    }

    /** The fairness checks as findings, each with its witness; severities follow the policy. */
    private void reportFairness(String file, Fairness f, List<Finding> out) {
        Finding.Level hard = policy.conductAndLoops(), soft = policy.others();
        for (Fairness.Strategy s : f.strategies()) {
            String who = "a naive student who picks " + s.rule().description();
            if (s.ending() == null) {
                out.add(Finding.fairness(file, soft, who + " never reaches an ending (after " + s.path().size() + " turns; path: "
                        + String.join(",", s.path().subList(0, Math.min(30, s.path().size()))) + ", ...)", null, "/nodes"));
                continue;
            }
            if (s.quality() != null && s.quality().rank() > Quality.MIXED.rank()) {
                out.add(Finding.fairness(file, soft, who + " reaches ending '" + s.ending() + "' (" + s.quality().code()
                        + "), better than mixed (path: " + String.join(",", s.path()) + ")", "node " + s.ending(), "/nodes/" + s.ending()));
            }
            if (s.allBekwaam()) {
                out.add(Finding.fairness(file, soft, who + " is bekwaam on every axis of the profile (path: " + String.join(",", s.path()) + ")",
                        "node " + s.ending(), "/nodes/" + s.ending()));
            }
        }
        Fairness.RandomStudents r = f.random();
        if (r.goodOrBetterShare() > RANDOM_GOOD_SHARE) {
            out.add(Finding.fairness(file, soft, String.format(java.util.Locale.ROOT,
                    "%d of %d random students (%.1f %%) reach a good or best ending; at most %.0f %% may", r.goodOrBetter(), r.students(),
                    100 * r.goodOrBetterShare(), 100 * RANDOM_GOOD_SHARE), null, "/nodes"));
        }
        if (r.byQuality().getOrDefault("best", 0) > 0) {
            out.add(Finding.fairness(file, soft, r.byQuality().get("best") + " of " + r.students()
                    + " random students reach a best ending; none may (path: " + String.join(",", r.bestWitness()) + ")", null, "/nodes"));
        }
        Fairness.Tell t = f.tell();
        if (t.share() > TELL_SHARE) {
            out.add(Finding.fairness(file, soft, String.format(java.util.Locale.ROOT,
                    "the expert option is the longest offered at %d of %d decisions (%.0f %%; at most %.0f %% may), on average %.2f times the length of the others",
                    t.expertLongest(), t.decisions(), 100 * t.share(), 100 * TELL_SHARE, t.meanRatio()), null, "/expert"));
        }
        for (Fairness.Gate gate : f.gates()) {
            out.add(Finding.fairness(file, soft, "step " + gate.framework() + "/" + gate.step() + " is reachable through only one option, "
                    + gate.choice() + " (reached by: " + String.join(",", gate.witness()) + "); offer it at another moment or in another way too",
                    "node " + gate.node() + ", choice " + gate.choice(), "/nodes/" + gate.node()));
        }
        for (Fairness.Loop loop : f.loops()) {
            out.add(Finding.fairness(file, hard, "a cycle can repeat " + loop.repeats().words() + " without bound: "
                    + String.join(" -> ", loop.cycle()) + " (reached by: " + String.join(",", loop.witness())
                    + "); bound the revisit, e.g. with when: \"not chosen(" + loop.cycle().get(loop.cycle().size() - 1) + ")\"",
                    "node " + loop.nodes().get(0), "/nodes/" + loop.nodes().get(0)));
        }
        if (f.dance().copiesEverywhere()) {
            out.add(Finding.fairness(file, soft, "needs equal the expert's move at every node of the expert path (" + f.dance().copies() + " of "
                    + f.dance().judged() + "); write what the client needs, often more than one move", null, "/expert"));
        }
        for (Fairness.ConductViolation v : f.conduct()) {
            String what = v.bound() == Fairness.Bound.CRITICAL_REACHES_BEST
                    ? "a path that commits a critical risk reaches the best ending '" + v.ending() + "'"
                    : "a path with " + v.warnings() + " or more warning-level risk events reaches ending '" + v.ending() + "' ("
                            + v.quality().code() + "), better than mixed";
            out.add(Finding.fairness(file, hard, what + " (shortest witness: " + String.join(",", v.witness()) + ")",
                    "node " + v.ending(), "/nodes/" + v.ending()));
        }
        if (!f.complete()) {
            out.add(Finding.fairness(file, soft, "the fairness checks could not explore every path; gates, loops and conduct bounds are incomplete",
                    null, "/nodes"));
        }
    }

    private void checkExpert(String file, Scenario sc, Rubric rubric, List<Finding> out) {
        if (sc.expert().isEmpty()) {
            out.add(error(file, "/expert", null, "no expert path: list the choice ids of the exemplary path"));
            return;
        }
        Session session = Session.start(rubric, 0);
        for (int i = 0; i < sc.expert().size(); i++) {
            if (session.ended()) {
                out.add(error(file, "/expert/" + i, "choice " + sc.expert().get(i), "expert path goes on after the ending"));
                return;
            }
            try {
                session.choose(sc.expert().get(i));
            } catch (UnknownChoiceException e) {
                out.add(error(file, "/expert/" + i, "choice " + sc.expert().get(i), "expert path does not play: " + e.getMessage()));
                return;
            }
        }
        if (!session.ended()) {
            out.add(error(file, "/expert", null, "expert path stops at node '" + session.current().id() + "' before an ending"));
            return;
        }
        ScoreProfile p = new Scorer(curriculum).score(sc, session.transcript(), rubric);
        if (p.ending() != Quality.BEST) {
            out.add(error(file, "/expert", null, "expert path ends at '" + p.endingNode() + "' of quality "
                    + p.ending().code() + "; it must end at a best ending"));
        }
        for (FrameworkResult fr : p.frameworks()) {
            for (StepResult s : fr.steps()) {
                if (!s.reached()) out.add(error(file, "/expert", "step " + fr.framework() + "/" + s.id(), "expert path never reaches this step"));
                else if (!s.inOrder()) out.add(error(file, "/expert", "step " + fr.framework() + "/" + s.id(),
                        "expert path reaches this step out of order (turn " + s.turn() + ")"));
            }
        }
        for (RiskEvent r : p.risks()) {
            out.add(error(file, "/expert", "choice " + r.choice(), "expert path commits risk " + r.framework() + "/" + r.id()
                    + " at turn " + r.turn() + (r.byOrder() ? " (a step out of order)" : "")));
        }
    }

    private static Finding error(String file, String pointer, String where, String message) {
        return new Finding(file, 0, 0, Finding.Level.ERROR, message, where, pointer);
    }

    private static Finding warning(String file, String pointer, String where, String message) {
        return new Finding(file, 0, 0, Finding.Level.WARNING, message, where, pointer);
    }
}
