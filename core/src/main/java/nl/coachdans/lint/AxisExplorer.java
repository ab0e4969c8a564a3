package nl.coachdans.lint;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.StateVariable;
import nl.coachdans.engine.History;
import nl.coachdans.engine.Rubric;
import nl.coachdans.scoring.Axis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact ranges of the score axes: explores configurations of node, condition state, history
 * and the steps reached so far, so every step count and skipped-step risk is exact. That space
 * grows with the number of steps, hence the budget; {@link Explorer} falls back to bounds when it
 * is exceeded.
 */
final class AxisExplorer {
    static final int DEFAULT_BUDGET = 250_000;

    private final int budget;

    AxisExplorer(int budget) {
        this.budget = budget;
    }

    /** A configuration; equal configurations offer the same futures. */
    private static final class Key {
        final int node;
        final int[] vars;
        final long history;
        /** Every step reached and blamed (exact), and what conditions ask of the rest of the conduct. */
        final History conduct;
        final long steps;
        final int hash;

        Key(int node, int[] vars, long history, History conduct) {
            this.node = node;
            this.vars = vars;
            this.history = history;
            this.conduct = conduct;
            this.steps = conduct.reached();
            this.hash = ((31 * node + Arrays.hashCode(vars)) * 31 + Long.hashCode(history)) * 31 + conduct.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.node == node && k.history == history && k.conduct.equals(conduct) && Arrays.equals(k.vars, vars);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Explores with the scenario's rubric and graph, which the caller has already built. */
    Analysis explore(Scenario sc, Rubric rubric, ConversationGraph graph) {
        List<String> nodeIds = new ArrayList<>(sc.nodes().keySet());
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodeIds.size(); i++) nodeIndex.put(nodeIds.get(i), i);

        // Only what choice conditions read can change which options appear.
        ConditionScope scope = new ConditionScope(sc, graph, rubric);
        List<Choice> allChoices = new ArrayList<>();
        for (Node n : sc.nodes().values()) allChoices.addAll(n.choices());
        Map<String, Integer> choiceNumber = new HashMap<>();
        for (int k = 0; k < allChoices.size(); k++) choiceNumber.put(allChoices.get(k).id(), k);
        List<String> vars = scope.vars;
        StateVariable[] varDefs = scope.defs;

        List<Key> keys = new ArrayList<>();
        Map<Key, Integer> ids = new HashMap<>();
        StateGraph.IntArray parent = new StateGraph.IntArray();
        List<String> parentChoice = new ArrayList<>();
        // edges for the axis ranges: from, to, risk bits committed on the way
        StateGraph.IntArray edgeFrom = new StateGraph.IntArray(), edgeTo = new StateGraph.IntArray();
        List<Long> edgeRisks = new ArrayList<>();

        int[] startVars = scope.startValues();
        long startHistory = scope.visitBit(sc.start());
        Key start = new Key(nodeIndex.get(sc.start()), startVars, startHistory, History.EMPTY);
        ids.put(start, 0);
        keys.add(start);
        parent.add(-1);
        parentChoice.add(null);

        int nSteps = rubric.steps().size(), nRisks = rubric.risks().size();
        int[] stepWitness = new int[nSteps];
        String[] stepWitnessChoice = new String[nSteps];
        int[] riskWitness = new int[nRisks];
        String[] riskWitnessChoice = new String[nRisks];
        Arrays.fill(stepWitness, -2);
        Arrays.fill(riskWitness, -2);
        Map<Integer, Integer> endingWitness = new LinkedHashMap<>();
        List<Analysis.Stuck> stuck = new ArrayList<>();
        Map<Integer, Boolean> stuckNodes = new HashMap<>();
        boolean complete = true;

        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int id = queue.poll();
            Key k = keys.get(id);
            Node node = sc.node(nodeIds.get(k.node));
            if (node.isEnding()) {
                endingWitness.putIfAbsent(k.node, id);
                continue;
            }
            Facts facts = scope.facts(k.vars, k.history, k.conduct);
            boolean any = false;
            for (Choice c : node.choices()) {
                if (c.when() != null && !c.when().test(facts)) continue;
                Rubric.Judgement j = rubric.judge(k.conduct, c.id());
                int[] nextVars = k.vars;
                if (!vars.isEmpty() && !c.effects().isEmpty()) {
                    nextVars = k.vars.clone();
                    for (int i = 0; i < vars.size(); i++) {
                        Integer d = c.effects().get(vars.get(i));
                        if (d != null) nextVars[i] = varDefs[i].add(nextVars[i], d);
                    }
                }
                History full = k.conduct.after(rubric, j);
                History projected = scope.project(full);
                // Steps and blamed steps stay exact here: the order rule and the step counts need them.
                History conduct = new History(full.reached(), full.blamed(), projected.committed(), projected.warnings(), projected.criticals());
                long hist = k.history | scope.choiceBit(c.id());
                int number = choiceNumber.get(c.id());
                int targetNumber = StateGraph.route(graph, number, graph.routesByCondition(number) ? scope.facts(nextVars, hist, conduct) : null);
                if (targetNumber < 0) continue;
                any = true;
                Integer target = targetNumber;
                hist |= scope.visitBit(nodeIds.get(target));
                Key next = new Key(target, nextVars, hist, conduct);
                Integer nid = ids.get(next);
                if (nid == null) {
                    if (keys.size() >= budget) {
                        complete = false;
                        continue;
                    }
                    nid = keys.size();
                    ids.put(next, nid);
                    keys.add(next);
                    parent.add(id);
                    parentChoice.add(c.id());
                    queue.add(nid);
                }
                long f = j.newSteps();
                while (f != 0) {
                    int i = Long.numberOfTrailingZeros(f);
                    f &= f - 1;
                    if (stepWitness[i] == -2) { stepWitness[i] = id; stepWitnessChoice[i] = c.id(); }
                }
                long riskBits = 0;
                for (int r : j.risks()) {
                    riskBits |= 1L << r;
                    if (riskWitness[r] == -2) { riskWitness[r] = id; riskWitnessChoice[r] = c.id(); }
                }
                edgeFrom.add(id);
                edgeTo.add(nid);
                edgeRisks.add(riskBits);
            }
            if (!any && stuckNodes.putIfAbsent(k.node, true) == null) {
                stuck.add(new Analysis.Stuck(nodeIds.get(k.node), nl.coachdans.scenario.FindingCode.STUCK_NO_OPTION,
                        StateGraph.path(id, null, parent.data, parentChoice::get)));
            }
        }

        Ranges ranges = new Ranges(keys.size(), edgeFrom, edgeTo, edgeRisks, rubric, sc, nodeIds, keys);
        for (int id = 0; id < keys.size(); id++) {
            Key k = keys.get(id);
            if (!ranges.canFinish(id) && !sc.node(nodeIds.get(k.node)).isEnding() && stuckNodes.putIfAbsent(k.node, true) == null) {
                stuck.add(new Analysis.Stuck(nodeIds.get(k.node), nl.coachdans.scenario.FindingCode.STUCK_NO_ENDING,
                        StateGraph.path(id, null, parent.data, parentChoice::get)));
            }
        }

        List<Analysis.Target> steps = new ArrayList<>();
        for (Rubric.Item s : rubric.steps()) {
            int w = stepWitness[s.index()];
            steps.add(new Analysis.Target(s.framework(), s.id(), null, w == -2 ? null : StateGraph.path(w, stepWitnessChoice[s.index()], parent.data, parentChoice::get)));
        }
        List<Analysis.Target> risks = new ArrayList<>();
        for (Rubric.Item r : rubric.risks()) {
            int w = riskWitness[r.index()];
            risks.add(new Analysis.Target(r.framework(), r.id(), null, w == -2 ? null : StateGraph.path(w, riskWitnessChoice[r.index()], parent.data, parentChoice::get)));
        }
        List<Analysis.Target> endings = new ArrayList<>();
        for (int i = 0; i < nodeIds.size(); i++) {
            Node n = sc.node(nodeIds.get(i));
            if (!n.isEnding()) continue;
            Integer w = endingWitness.get(i);
            endings.add(new Analysis.Target(null, nodeIds.get(i), n.quality() == null ? null : n.quality().code(),
                    w == null ? null : StateGraph.path(w, null, parent.data, parentChoice::get)));
        }
        return new Analysis(sc.id(), steps, risks, endings, ranges.axes(), stuck, keys.size(), complete);
    }

    /**
     * Ranges of the score axes over finished paths: steps reached per framework (exact, from the
     * configuration), risk events per framework (shortest and longest path over the configuration
     * graph, unbounded when a cycle commits a risk), and the quality of the endings reached.
     */
    private static final class Ranges {
        static final int INF = Integer.MAX_VALUE / 4;
        final int n;
        final int[][] min, max;
        final boolean[] finish;
        final Map<Axis, Analysis.Range> axes = new LinkedHashMap<>();

        Ranges(int n, StateGraph.IntArray from, StateGraph.IntArray to, List<Long> risks, Rubric rubric, Scenario sc, List<String> nodeIds, List<Key> keys) {
            this.n = n;
            List<Framework> fws = rubric.frameworks();
            int nf = fws.size();
            long[] riskMask = new long[nf];
            for (Rubric.Item r : rubric.risks()) riskMask[fws.indexOf(fws.stream().filter(f -> f.id().equals(r.framework())).findFirst().orElseThrow())] |= 1L << r.index();
            min = new int[nf][n];
            max = new int[nf][n];
            finish = new boolean[n];
            int[] start = new int[n + 1];
            for (int e = 0; e < from.size; e++) start[from.get(e) + 1]++;
            for (int i = 0; i < n; i++) start[i + 1] += start[i];
            int[] adj = new int[from.size];
            int[] fill = start.clone();
            for (int e = 0; e < from.size; e++) adj[fill[from.get(e)]++] = e;

            for (int[] a : min) Arrays.fill(a, INF);
            for (int[] a : max) Arrays.fill(a, -1);
            for (int i = 0; i < n; i++) {
                if (sc.node(nodeIds.get(keys.get(i).node)).isEnding()) {
                    finish[i] = true;
                    for (int f = 0; f < nf; f++) { min[f][i] = 0; max[f][i] = 0; }
                }
            }
            // Components come children first, so every component's successors are settled before it.
            int[] target = new int[from.size];
            for (int p = 0; p < from.size; p++) target[p] = to.get(adj[p]);
            Components components = new Components(n, start, target);
            for (int c = 0; c < components.count(); c++) {
                List<Integer> members = new ArrayList<>();
                for (int v : components.members(c)) members.add(v);
                settle(members, c, components.of, start, adj, to, risks, riskMask, nf);
            }
            for (int f = 0; f < nf; f++) {
                Framework fw = fws.get(f);
                long mask = rubric.frameworkMask(fw.id());
                int sMin = INF, sMax = -1;
                for (int i = 0; i < n; i++) {
                    if (!sc.node(nodeIds.get(keys.get(i).node)).isEnding()) continue;
                    int c = Long.bitCount(keys.get(i).steps & mask);
                    sMin = Math.min(sMin, c);
                    sMax = Math.max(sMax, c);
                }
                if (sMax >= 0) axes.put(Axis.steps(fw.id()), new Analysis.Range(sMin, sMax, true));
                if (min[f][0] < INF) axes.put(Axis.risks(fw.id()), new Analysis.Range(min[f][0], max[f][0] >= INF ? null : max[f][0], true));
            }
            int qMin = INF, qMax = -1;
            for (int i = 0; i < n; i++) {
                Node node = sc.node(nodeIds.get(keys.get(i).node));
                if (node.isEnding() && node.quality() != null) {
                    qMin = Math.min(qMin, node.quality().rank());
                    qMax = Math.max(qMax, node.quality().rank());
                }
            }
            if (qMax >= 0) axes.put(Axis.ENDING, new Analysis.Range(qMin, qMax, true));
        }

        /** Computes min/max risk events to an ending for one strongly connected component. */
        private void settle(List<Integer> members, int c, int[] comp, int[] start, int[] adj, StateGraph.IntArray to, List<Long> risks, long[] riskMask, int nf) {
            boolean cyclic = members.size() > 1;
            boolean riskyCycle = false;
            for (int v : members) {
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int w = to.get(adj[e]);
                    if (comp[w] == c && w == v) cyclic = true;
                }
            }
            for (int round = 0; round < (cyclic ? members.size() + 1 : 1); round++) {
                for (int v : members) {
                    for (int e = start[v]; e < start[v + 1]; e++) {
                        int w = to.get(adj[e]);
                        if (comp[w] == c && !cyclic) continue;
                        if (!finish[w] && comp[w] != c) continue;
                        if (comp[w] == c && !finish[w]) continue;
                        long rb = risks.get(adj[e]);
                        finish[v] = true;
                        for (int f = 0; f < nf; f++) {
                            int cost = Long.bitCount(rb & riskMask[f]);
                            if (comp[w] == c && cost > 0) riskyCycle = true;
                            min[f][v] = Math.min(min[f][v], sat(min[f][w] + cost));
                            max[f][v] = Math.max(max[f][v], sat(max[f][w] + cost));
                        }
                    }
                }
            }
            if (cyclic && riskyCycle) {
                for (int v : members) for (int f = 0; f < nf; f++) if (finish[v]) max[f][v] = INF;
            }
        }

        private static int sat(int v) {
            return Math.min(v, INF);
        }

        boolean canFinish(int id) {
            return finish[id];
        }

        Map<Axis, Analysis.Range> axes() {
            return axes;
        }
    }
}
