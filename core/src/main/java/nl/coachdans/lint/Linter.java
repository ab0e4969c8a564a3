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
    private final Curriculum curriculum;

    public Linter(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    /** The findings and, when the structure allowed it, the analysis behind them. */
    public record Result(List<Finding> findings, Analysis analysis) { }

    public Result lint(String file, Scenario sc) {
        ConversationGraph graph = ConversationGraph.of(sc);
        List<Finding> out = new ArrayList<>(new Validator(curriculum).validate(file, sc, graph));
        if (out.stream().anyMatch(Finding::isError)) return new Result(out, null);

        Analysis a;
        Rubric rubric;
        try {
            rubric = new Rubric(sc, curriculum);
            a = new Explorer(curriculum).explore(sc, rubric, graph);
        } catch (IllegalArgumentException e) {
            out.add(error(file, "/nodes", null, "the paths cannot be checked: " + e.getMessage()));
            return new Result(out, null);
        }
        if (!a.complete()) {
            // Unexplored states would show up as false dead ends and unreachable targets.
            out.add(warning(file, "/nodes", null, "the scenario has more than " + a.configurations()
                    + " distinct conversation states; path checks were skipped (simplify conditions or split the scenario)"));
            checkExpert(file, sc, rubric, out);
            return new Result(out, a);
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
        return new Result(out, a);
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
