package nl.coachdans.lint;

import nl.coachdans.engine.History;
import nl.coachdans.engine.Rubric;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Condition;
import nl.coachdans.scenario.ConversationGraph;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.StateVariable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Every situation a conversation can be in, as far as the options offered can tell: the node, the
 * values of the state variables that choice conditions read, and the visits and choices they read.
 * Paths that agree on these have the same futures, so they share one configuration. Built breadth
 * first, so the parent links give shortest paths; a budget bounds the work.
 */
final class StateGraph {
    final Scenario scenario;
    final List<String> nodeIds;
    /** Per configuration: node index, BFS parent (-1 for the start) and the choice taken from it (in {@link #choices}). */
    final IntArray node = new IntArray(), parent = new IntArray(), parentSlot = new IntArray();
    /** Edges in the order they were found: grouped by source, sources in configuration order. */
    final IntArray edgeFrom = new IntArray(), edgeTo = new IntArray();
    /** Per configuration and one past the last: where its edges start. */
    final IntArray firstEdge = new IntArray();
    /** Per edge: its choice as an index into {@link #choices}, for array look-ups per choice. */
    final IntArray edgeSlot = new IntArray();
    /** Every choice of the scenario, node by node in file order. */
    final List<Choice> choices = new ArrayList<>();
    final boolean complete;
    private final ConversationGraph graph;
    /** Configurations at a non-ending node where no option is available. */
    final List<Integer> noOptions = new ArrayList<>();

    StateGraph(Rubric rubric, int budget) {
        this(rubric.scenario(), ConversationGraph.of(rubric.scenario()), rubric, budget);
    }

    StateGraph(Scenario sc, ConversationGraph graph, Rubric rubric, int budget) {
        this.scenario = sc;
        this.nodeIds = graph.ids();
        this.graph = graph;
        ConditionScope scope = new ConditionScope(sc, graph, rubric);
        StateVariable[] defs = scope.defs;
        // The number in the graph's list of state variables of each variable the conditions read.
        int[] variable = new int[defs.length];
        for (int v = 0; v < defs.length; v++) variable[v] = graph.variables().indexOf(scope.vars.get(v));

        // Everything an edge needs is read from the graph, by choice number (the index in choices).
        for (Node n : sc.nodes().values()) choices.addAll(n.choices());
        long[] visitBit = scope.visitBits(nodeIds);
        long[] choiceBit = scope.choiceBits(choices);

        // A configuration is [values the conditions read..., node, history low, history high, conduct...];
        // the conduct (steps, blamed steps, risks, warnings, criticals) only when conditions read it.
        int nodeAt = defs.length, conductAt = defs.length + 3;
        boolean conduct = scope.readsConduct();
        int width = conductAt + (conduct ? CONDUCT_WIDTH : 0);
        // Large scenarios meet several configurations per node; start with room for eight.
        ConfigurationTable table = new ConfigurationTable(width, Math.max(1024, Math.min(budget, 8 * graph.size())));
        int[] at = new int[width], next = new int[width];
        System.arraycopy(scope.startValues(), 0, at, 0, defs.length);
        int startNode = graph.number(sc.start());
        if (startNode < 0) throw new IllegalArgumentException("start node '" + sc.start() + "' does not exist");
        at[nodeAt] = startNode;
        setHistory(at, nodeAt, visitBit[startNode]);
        if (conduct) writeConduct(at, conductAt, History.EMPTY);
        table.add(at);
        node.add(startNode);
        parent.add(-1);
        parentSlot.add(-1);
        boolean full = true;
        // Numbers are handed out in breadth-first order, so walking them in order is the queue.
        for (int id = 0; id < table.size(); id++) {
            firstEdge.add(edgeFrom.size);
            table.read(id, at);
            int from = at[nodeAt];
            if (graph.isEnding(from)) continue;
            long history = history(at, nodeAt);
            History done = conduct ? readConduct(at, conductAt) : History.EMPTY;
            Facts facts = null;
            boolean any = false;
            for (int k = graph.firstChoice(from); k < graph.firstChoice(from + 1); k++) {
                Condition cond = graph.condition(k);
                if (cond != null) {
                    if (facts == null) facts = scope.facts(at, history, done);
                    if (!cond.test(facts)) continue;
                }
                System.arraycopy(at, 0, next, 0, nodeAt);
                if (graph.changesState(k)) {
                    for (int i = 0; i < defs.length; i++) next[i] = defs[i].add(next[i], graph.effect(k, variable[i]));
                }
                long nextHistory = history | choiceBit[k];
                History nextDone = conduct ? scope.after(done, choices.get(k).id()) : done;
                // Routes are taken as the session takes them: after the choice's effects and conduct.
                int to = route(graph, k, graph.routesByCondition(k) ? scope.facts(next, nextHistory, nextDone) : null);
                if (to < 0) continue;
                any = true;
                next[nodeAt] = to;
                setHistory(next, nodeAt, nextHistory | visitBit[to]);
                if (conduct) writeConduct(next, conductAt, nextDone);
                int nid = table.find(next);
                if (nid < 0) {
                    if (table.size() >= budget) {
                        full = false;
                        continue;
                    }
                    nid = table.add(next);
                    node.add(to);
                    parent.add(id);
                    parentSlot.add(k);
                }
                edgeFrom.add(id);
                edgeTo.add(nid);
                edgeSlot.add(k);
            }
            if (!any) noOptions.add(id);
        }
        firstEdge.add(edgeFrom.size);
        this.complete = full;
    }

    static final int CONDUCT_WIDTH = 8;

    /** The node the choice's first holding route leads to (facts null: it has one unconditioned route), or -1. */
    static int route(ConversationGraph graph, int choice, Facts facts) {
        for (int r = graph.firstRoute(choice); r < graph.firstRoute(choice + 1); r++) {
            Condition when = graph.routeCondition(r);
            if (when == null || when.test(facts)) return graph.routeTarget(r);
        }
        return -1;
    }

    private static long history(int[] config, int nodeAt) {
        return ((long) config[nodeAt + 2] << 32) | (config[nodeAt + 1] & 0xFFFFFFFFL);
    }

    private static void setHistory(int[] config, int nodeAt, long history) {
        config[nodeAt + 1] = (int) history;
        config[nodeAt + 2] = (int) (history >>> 32);
    }

    private static History readConduct(int[] c, int at) {
        return new History(join(c[at], c[at + 1]), join(c[at + 2], c[at + 3]), join(c[at + 4], c[at + 5]), c[at + 6], c[at + 7]);
    }

    private static void writeConduct(int[] c, int at, History h) {
        c[at] = (int) h.reached();
        c[at + 1] = (int) (h.reached() >>> 32);
        c[at + 2] = (int) h.blamed();
        c[at + 3] = (int) (h.blamed() >>> 32);
        c[at + 4] = (int) h.committed();
        c[at + 5] = (int) (h.committed() >>> 32);
        c[at + 6] = h.warnings();
        c[at + 7] = h.criticals();
    }

    private static long join(int low, int high) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    /** The choice taken along edge {@code e}. */
    Choice edgeChoice(int e) {
        return choices.get(edgeSlot.get(e));
    }

    int size() {
        return node.size;
    }

    boolean isEnding(int config) {
        return graph.isEnding(node.get(config));
    }

    String nodeId(int config) {
        return nodeIds.get(node.get(config));
    }

    /** The choice ids from the start to this configuration, plus {@code last} when given. */
    List<String> path(int config, String last) {
        return path(config, last, parent.data, at -> choices.get(parentSlot.get(at)).id());
    }

    /** The choice ids along {@code parents} to {@code config}, each given by {@code choiceInto}. */
    static List<String> path(int config, String last, int[] parents, IntFunction<String> choiceInto) {
        List<String> out = new ArrayList<>();
        if (last != null) out.add(last);
        for (int at = config; parents[at] >= 0; at = parents[at]) out.add(choiceInto.apply(at));
        Collections.reverse(out);
        return out;
    }

    /** Configurations from which some ending can be reached. */
    boolean[] canFinish() {
        int n = size();
        int[] start = new int[n + 1];
        for (int e = 0; e < edgeTo.size; e++) start[edgeTo.get(e) + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        int[] incoming = new int[edgeTo.size];
        int[] fill = start.clone();
        for (int e = 0; e < edgeTo.size; e++) incoming[fill[edgeTo.get(e)]++] = edgeFrom.get(e);
        boolean[] ok = new boolean[n];
        int[] todo = new int[n]; // each configuration is queued at most once
        int head = 0, tail = 0;
        for (int i = 0; i < n; i++) if (isEnding(i)) { ok[i] = true; todo[tail++] = i; }
        while (head < tail) {
            int v = todo[head++];
            for (int e = start[v]; e < start[v + 1]; e++) {
                int u = incoming[e];
                if (!ok[u]) { ok[u] = true; todo[tail++] = u; }
            }
        }
        return ok;
    }

    /** A growable int array. */
    static final class IntArray {
        int[] data = new int[1024];
        int size;

        void add(int v) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }
    }
}
