package nl.coachdans.lint;

import nl.coachdans.engine.Session;
import nl.coachdans.engine.UnknownChoiceException;
import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingCode;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.Problem.Witness;
import nl.coachdans.scenario.ProblemException;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Site;
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
        } catch (ProblemException e) {
            out.add(error(file, "/nodes", null, e.problem()));
            return new Result(out, null, null, 0);
        } catch (IllegalArgumentException e) {
            out.add(error(file, "/nodes", null, Problem.of(FindingCode.PATHS_UNCHECKED, e.getMessage())));
            return new Result(out, null, null, 0);
        }
        if (!a.complete()) {
            // Unexplored states would show up as false dead ends and unreachable targets.
            out.add(warning(file, "/nodes", null, Problem.of(FindingCode.TOO_MANY_STATES, a.configurations())));
            checkExpert(file, sc, rubric, out);
            return new Result(out, a, null, 0);
        }
        for (Analysis.Stuck s : a.stuck()) {
            out.add(error(file, "/nodes/" + s.node(), Site.node(s.node()), Problem.of(s.why(), Witness.of(s.witness()))));
        }
        for (Analysis.Target t : a.endings()) {
            if (!t.reachable()) out.add(error(file, "/nodes/" + t.id(), Site.node(t.id()), Problem.of(FindingCode.ENDING_UNREACHABLE)));
        }
        for (Analysis.Target t : a.steps()) {
            if (!t.reachable()) out.add(warning(file, "/frameworks", Site.of(Site.Kind.STEP, t.framework() + "/" + t.id()),
                    Problem.of(FindingCode.STEP_UNREACHABLE, t.framework())));
        }
        for (Analysis.Target t : a.risks()) {
            if (!t.reachable()) out.add(warning(file, "/frameworks", Site.of(Site.Kind.RISK, t.framework() + "/" + t.id()),
                    Problem.of(FindingCode.RISK_UNREACHABLE)));
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
            Problem.Word who = s.rule().word();
            if (s.ending() == null) {
                out.add(Finding.fairness(file, soft, Problem.of(FindingCode.NAIVE_NEVER_ENDS, who, s.path().size(),
                        new Witness(s.path().subList(0, Math.min(30, s.path().size())), true)), null, "/nodes"));
                continue;
            }
            if (s.quality() != null && s.quality().rank() > Quality.MIXED.rank()) {
                out.add(Finding.fairness(file, soft, Problem.of(FindingCode.NAIVE_ABOVE_MIXED, who, s.ending(), s.quality().code(),
                        Witness.of(s.path())), Site.node(s.ending()), "/nodes/" + s.ending()));
            }
            if (s.allBekwaam()) {
                out.add(Finding.fairness(file, soft, Problem.of(FindingCode.NAIVE_ALL_BEKWAAM, who, Witness.of(s.path())),
                        Site.node(s.ending()), "/nodes/" + s.ending()));
            }
        }
        Fairness.RandomStudents r = f.random();
        if (r.goodOrBetterShare() > RANDOM_GOOD_SHARE) {
            out.add(Finding.fairness(file, soft, Problem.of(FindingCode.RANDOM_GOOD_TOO_OFTEN, r.goodOrBetter(), r.students(),
                    100 * r.goodOrBetterShare(), 100 * RANDOM_GOOD_SHARE), null, "/nodes"));
        }
        if (r.byQuality().getOrDefault("best", 0) > 0) {
            out.add(Finding.fairness(file, soft, Problem.of(FindingCode.RANDOM_REACHES_BEST, r.byQuality().get("best"), r.students(),
                    Witness.of(r.bestWitness())), null, "/nodes"));
        }
        Fairness.Tell t = f.tell();
        if (t.share() > TELL_SHARE) {
            out.add(Finding.fairness(file, soft, Problem.of(FindingCode.EXPERT_OPTION_LONGEST, t.expertLongest(), t.decisions(),
                    100 * t.share(), 100 * TELL_SHARE, t.meanRatio()), null, "/expert"));
        }
        for (Fairness.Gate gate : f.gates()) {
            out.add(Finding.fairness(file, soft, Problem.of(FindingCode.SINGLE_GATE, gate.framework() + "/" + gate.step(), gate.choice(),
                    Witness.of(gate.witness())), Site.choice(gate.node(), gate.choice()), "/nodes/" + gate.node()));
        }
        for (Fairness.Loop loop : f.loops()) {
            out.add(Finding.fairness(file, hard, Problem.of(FindingCode.UNBOUNDED_LOOP, loop.repeats().word(), new Problem.Cycle(loop.cycle()),
                    Witness.of(loop.witness()), loop.cycle().get(loop.cycle().size() - 1)),
                    Site.node(loop.nodes().get(0)), "/nodes/" + loop.nodes().get(0)));
        }
        if (f.dance().copiesEverywhere()) {
            out.add(Finding.fairness(file, soft, Problem.of(FindingCode.NEEDS_COPY_EXPERT, f.dance().copies(), f.dance().judged()),
                    null, "/expert"));
        }
        for (Fairness.ConductViolation v : f.conduct()) {
            Problem what = v.bound() == Fairness.Bound.CRITICAL_REACHES_BEST
                    ? Problem.of(FindingCode.CRITICAL_REACHES_BEST, v.ending(), Witness.of(v.witness()))
                    : Problem.of(FindingCode.WARNINGS_ABOVE_MIXED, v.warnings(), v.ending(), v.quality().code(), Witness.of(v.witness()));
            out.add(Finding.fairness(file, hard, what, Site.node(v.ending()), "/nodes/" + v.ending()));
        }
        if (!f.complete()) {
            out.add(Finding.fairness(file, soft, Problem.of(FindingCode.FAIRNESS_INCOMPLETE), null, "/nodes"));
        }
    }

    private void checkExpert(String file, Scenario sc, Rubric rubric, List<Finding> out) {
        if (sc.expert().isEmpty()) {
            out.add(error(file, "/expert", null, Problem.of(FindingCode.NO_EXPERT_PATH)));
            return;
        }
        Session session = Session.start(rubric, 0);
        for (int i = 0; i < sc.expert().size(); i++) {
            Site choice = Site.of(Site.Kind.EXPERT_CHOICE, sc.expert().get(i));
            if (session.ended()) {
                out.add(error(file, "/expert/" + i, choice, Problem.of(FindingCode.EXPERT_AFTER_ENDING)));
                return;
            }
            String node = session.current().id();
            try {
                session.choose(sc.expert().get(i));
            } catch (UnknownChoiceException e) {
                List<Object> possible = e.possible().isEmpty() ? List.of(new Problem.Word("none")) : List.copyOf(e.possible());
                out.add(error(file, "/expert/" + i, choice, Problem.of(FindingCode.EXPERT_DOES_NOT_PLAY, e.choice(), node, possible)));
                return;
            }
        }
        if (!session.ended()) {
            out.add(error(file, "/expert", null, Problem.of(FindingCode.EXPERT_STOPS_EARLY, session.current().id())));
            return;
        }
        ScoreProfile p = new Scorer(curriculum).score(sc, session.transcript(), rubric);
        if (p.ending() != Quality.BEST) {
            out.add(error(file, "/expert", null, Problem.of(FindingCode.EXPERT_NOT_BEST, p.endingNode(), p.ending().code())));
        }
        for (FrameworkResult fr : p.frameworks()) {
            for (StepResult s : fr.steps()) {
                Site step = Site.of(Site.Kind.STEP, fr.framework() + "/" + s.id());
                if (!s.reached()) out.add(error(file, "/expert", step, Problem.of(FindingCode.EXPERT_MISSES_STEP)));
                else if (!s.inOrder()) out.add(error(file, "/expert", step, Problem.of(FindingCode.EXPERT_STEP_OUT_OF_ORDER, s.turn())));
            }
        }
        for (RiskEvent r : p.risks()) {
            out.add(error(file, "/expert", Site.of(Site.Kind.EXPERT_CHOICE, r.choice()), Problem.of(
                    r.byOrder() ? FindingCode.EXPERT_COMMITS_ORDER_RISK : FindingCode.EXPERT_COMMITS_RISK, r.framework() + "/" + r.id(), r.turn())));
        }
    }

    private static Finding error(String file, String pointer, Site where, Problem problem) {
        return new Finding(file, 0, 0, Finding.Level.ERROR, problem, where, pointer);
    }

    private static Finding warning(String file, String pointer, Site where, Problem problem) {
        return new Finding(file, 0, 0, Finding.Level.WARNING, problem, where, pointer);
    }
}
