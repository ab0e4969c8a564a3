package nl.coachdans.lint;

import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.engine.Rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Explores every path through a scenario and gathers the evidence the linter needs: a shortest
 * witness for every step, risk and ending, the places where a path gets stuck, and the range of
 * every score axis.
 *
 * <p>Paths are explored over a {@link StateGraph}, which forgets which steps were reached, so its
 * size grows with nodes and condition state only. The one rule that needs step history, a step
 * reached while an earlier one is missing, is found with one search per missing step: a path that
 * never reaches step j and then reaches a later step commits the framework's skip risk.
 */
public final class Explorer {
    public static final int DEFAULT_BUDGET = 1_000_000;
    static final int EXACT_AXES_STATES = 20_000;

    private final Curriculum curriculum;
    private final int budget;

    public Explorer(Curriculum curriculum) {
        this(curriculum, DEFAULT_BUDGET);
    }

    public Explorer(Curriculum curriculum, int budget) {
        this.curriculum = curriculum;
        this.budget = budget;
    }

    public Analysis explore(Scenario sc) {
        return explore(sc, new Rubric(sc, curriculum));
    }

    /** Explores with a rubric the caller already compiled for this scenario. */
    public Analysis explore(Scenario sc, Rubric rubric) {
        return explore(sc, rubric, ConversationGraph.of(sc));
    }

    /** Explores with the scenario's rubric and graph already at hand (the linter shares them). */
    public Analysis explore(Scenario sc, Rubric rubric, ConversationGraph graph) {
        return explore(sc, rubric, graph, stateGraph(sc, rubric, graph));
    }

    /** The state graph of the scenario within this explorer's budget, to share with the fairness checks. */
    StateGraph stateGraph(Scenario sc, Rubric rubric, ConversationGraph graph) {
        return new StateGraph(sc, graph, rubric, budget);
    }

    /** Explores over a state graph already built. */
    Analysis explore(Scenario sc, Rubric rubric, ConversationGraph graph, StateGraph g) {
        int nSteps = rubric.steps().size(), nRisks = rubric.risks().size();
        List<List<String>> stepWitness = new ArrayList<>(java.util.Collections.nCopies(nSteps, null));
        List<List<String>> riskWitness = new ArrayList<>(java.util.Collections.nCopies(nRisks, null));

        // Edges come in breadth-first order, so the first edge that does something is a shortest witness.
        // The rubric and the state graph both number the scenario's choices node by node in file order.
        long[] slotSteps = new long[g.choices.size()];
        int[][] slotRisks = new int[g.choices.size()][];
        int[] none = new int[0];
        for (int i = 0; i < slotSteps.length; i++) {
            slotSteps[i] = rubric.taggedSteps(i);
            List<Integer> risks = rubric.taggedRisks(i);
            slotRisks[i] = risks.isEmpty() ? none : new int[risks.size()];
            for (int k = 0; k < risks.size(); k++) slotRisks[i][k] = risks.get(k);
        }
        for (int e = 0; e < g.edgeFrom.size; e++) {
            int slot = g.edgeSlot.get(e);
            long steps = slotSteps[slot];
            while (steps != 0) {
                int i = Long.numberOfTrailingZeros(steps);
                steps &= steps - 1;
                if (stepWitness.get(i) == null) stepWitness.set(i, g.path(g.edgeFrom.get(e), g.edgeChoice(e).id()));
            }
            for (int r : slotRisks[slot]) {
                if (riskWitness.get(r) == null) riskWitness.set(r, g.path(g.edgeFrom.get(e), g.edgeChoice(e).id()));
            }
        }
        findSkips(g, rubric, slotSteps, riskWitness);

        Map<Integer, Integer> firstAtNode = new LinkedHashMap<>();
        for (int i = 0; i < g.size(); i++) if (g.isEnding(i)) firstAtNode.putIfAbsent(g.node.get(i), i);
        List<Analysis.Target> endings = new ArrayList<>();
        for (int i = 0; i < g.nodeIds.size(); i++) {
            Node n = sc.node(g.nodeIds.get(i));
            if (!n.isEnding()) continue;
            Integer w = firstAtNode.get(i);
            endings.add(new Analysis.Target(null, g.nodeIds.get(i), n.quality() == null ? null : n.quality().code(),
                    w == null ? null : g.path(w, null)));
        }

        List<Analysis.Stuck> stuck = new ArrayList<>();
        if (g.complete) {
            Map<String, Boolean> seen = new HashMap<>();
            for (int id : g.noOptions) {
                if (seen.putIfAbsent(g.nodeId(id), true) == null) {
                    stuck.add(new Analysis.Stuck(g.nodeId(id), nl.coachdans.scenario.FindingCode.STUCK_NO_OPTION, g.path(id, null)));
                }
            }
            boolean[] ok = g.canFinish();
            for (int id = 0; id < g.size(); id++) {
                if (!ok[id] && !g.isEnding(id) && seen.putIfAbsent(g.nodeId(id), true) == null) {
                    stuck.add(new Analysis.Stuck(g.nodeId(id), nl.coachdans.scenario.FindingCode.STUCK_NO_ENDING, g.path(id, null)));
                }
            }
        }

        List<Analysis.Target> steps = new ArrayList<>();
        for (Rubric.Item s : rubric.steps()) steps.add(new Analysis.Target(s.framework(), s.id(), null, stepWitness.get(s.index())));
        List<Analysis.Target> risks = new ArrayList<>();
        for (Rubric.Item r : rubric.risks()) risks.add(new Analysis.Target(r.framework(), r.id(), null, riskWitness.get(r.index())));
        Map<Axis, Analysis.Range> axes = axes(sc, rubric, graph, g, steps, risks, endings);
        return new Analysis(sc.id(), steps, risks, endings, axes, stuck, g.size(), g.complete);
    }

    /**
     * For every ordered framework with a skip risk: for each step j, search the paths that never
     * reach j; the first later step of the framework met on them commits the skip risk.
     */
    private static void findSkips(StateGraph g, Rubric rubric, long[] slotSteps, List<List<String>> riskWitness) {
        int n = g.size();
        int[] firstEdge = g.firstEdge.data, edgeSlot = g.edgeSlot.data;
        int[] parent = new int[n];
        int[] queue = new int[n]; // each configuration is queued at most once per search
        int[] viaEdge = new int[n];
        IntFunction<String> via = at -> g.edgeChoice(viaEdge[at]).id();
        for (Rubric.Item missing : rubric.steps()) {
            long laterNeedingIt = 0;
            for (Rubric.Item s : rubric.steps()) {
                if (rubric.skipRiskOf(s.index()) >= 0 && (rubric.earlierSteps(s.index()) & (1L << missing.index())) != 0) {
                    laterNeedingIt |= 1L << s.index();
                }
            }
            if (laterNeedingIt == 0) continue;
            Arrays.fill(parent, -2);
            parent[0] = -1;
            int head = 0, tail = 0;
            queue[tail++] = 0;
            long found = 0;
            while (head < tail && found != laterNeedingIt) {
                int v = queue[head++];
                for (int e = firstEdge[v]; e < firstEdge[v + 1]; e++) {
                    long tagged = slotSteps[edgeSlot[e]];
                    if ((tagged & (1L << missing.index())) != 0) continue;
                    long hits = tagged & laterNeedingIt & ~found;
                    while (hits != 0) {
                        int s = Long.numberOfTrailingZeros(hits);
                        hits &= hits - 1;
                        found |= 1L << s;
                        int risk = rubric.skipRiskOf(s);
                        List<String> path = StateGraph.path(v, g.edgeChoice(e).id(), parent, via);
                        List<String> known = riskWitness.get(risk);
                        if (known == null || known.size() > path.size()) riskWitness.set(risk, path);
                    }
                    int w = g.edgeTo.get(e);
                    if (parent[w] == -2) {
                        parent[w] = v;
                        viaEdge[w] = e;
                        queue[tail++] = w;
                    }
                }
            }
        }
    }

    /** Exact ranges when the scenario is small enough to enumerate with step history, else bounds. */
    private Map<Axis, Analysis.Range> axes(Scenario sc, Rubric rubric, ConversationGraph graph, StateGraph g, List<Analysis.Target> steps,
                                             List<Analysis.Target> risks, List<Analysis.Target> endings) {
        // Step history multiplies the states; past this size enumerating it is not worth the wait.
        if (g.complete && g.size() <= EXACT_AXES_STATES) {
            Analysis exact = new AxisExplorer(Math.min(budget, AxisExplorer.DEFAULT_BUDGET)).explore(sc, rubric, graph);
            if (exact.complete()) return exact.axes();
        }
        Map<Axis, Analysis.Range> out = new LinkedHashMap<>();
        for (var f : rubric.frameworks()) {
            // On a partial graph an unseen step or risk may still be reachable: widen to the safe bound.
            int reachable = g.complete ? (int) steps.stream().filter(t -> t.framework().equals(f.id()) && t.reachable()).count()
                    : f.steps().size();
            out.put(Axis.steps(f.id()), new Analysis.Range(0, reachable, false));
            boolean anyRisk = !g.complete || risks.stream().anyMatch(t -> t.framework().equals(f.id()) && t.reachable());
            out.put(Axis.risks(f.id()), new Analysis.Range(0, anyRisk ? null : 0, false));
        }
        if (!g.complete) {
            out.put(Axis.ENDING, new Analysis.Range(0, nl.coachdans.scenario.Quality.BEST.rank(), false));
            return out;
        }
        int qMin = Integer.MAX_VALUE, qMax = -1;
        for (Analysis.Target t : endings) {
            if (!t.reachable() || t.quality() == null) continue;
            int rank = nl.coachdans.scenario.Quality.valueOf(t.quality().toUpperCase(java.util.Locale.ROOT)).rank();
            qMin = Math.min(qMin, rank);
            qMax = Math.max(qMax, rank);
        }
        if (qMax >= 0) out.put(Axis.ENDING, new Analysis.Range(qMin, qMax, true));
        return out;
    }
}
