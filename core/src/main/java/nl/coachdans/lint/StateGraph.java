package nl.coachdans.lint;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Facts;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.StateVariable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every situation a conversation can be in, as far as the options offered can tell: the node, the
 * values of the state variables that choice conditions read, and the visits and choices they read.
 * Paths that agree on these have the same futures, so they share one configuration. Built breadth
 * first, so the parent links give shortest paths; a budget bounds the work.
 */
final class StateGraph {
    final Scenario scenario;
    final List<String> nodeIds;
    /** Per configuration: node index, BFS parent (-1 for the start) and the choice taken from it. */
    final IntArray node = new IntArray(), parent = new IntArray();
    final List<String> parentChoice = new ArrayList<>();
    /** Edges in the order they were found (non-decreasing depth of their source). */
    final IntArray edgeFrom = new IntArray(), edgeTo = new IntArray();
    final List<Choice> edgeChoice = new ArrayList<>();
    /** Per edge: its choice as an index into {@link #choices}, for array look-ups per choice. */
    final IntArray edgeSlot = new IntArray();
    /** Every choice of the scenario, node by node in file order. */
    final List<Choice> choices = new ArrayList<>();
    final boolean complete;
    private final boolean[] ending;
    /** Configurations at a non-ending node where no option is available. */
    final List<Integer> noOptions = new ArrayList<>();

    private record Key(int node, int[] vars, long history) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.node == node && k.history == history && Arrays.equals(k.vars, vars);
        }

        @Override
        public int hashCode() {
            return (31 * node + Arrays.hashCode(vars)) * 31 + Long.hashCode(history);
        }
    }

    StateGraph(Scenario sc, int budget) {
        this.scenario = sc;
        this.nodeIds = new ArrayList<>(sc.nodes().keySet());
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int i = 0; i < nodeIds.size(); i++) nodeIndex.put(nodeIds.get(i), i);
        ConditionScope scope = new ConditionScope(sc);
        List<String> vars = scope.vars;
        StateVariable[] defs = scope.defs;

        // Everything an edge needs, looked up once per node and choice instead of once per edge.
        int nn = nodeIds.size();
        Node[] nodes = new Node[nn];
        long[] visitBit = new long[nn];
        int[][] target = new int[nn][];
        long[][] choiceBit = new long[nn][];
        int[][][] effect = new int[nn][][];
        int[] slotBase = new int[nn];
        for (int i = 0; i < nn; i++) {
            nodes[i] = sc.node(nodeIds.get(i));
            visitBit[i] = scope.visitBit(nodeIds.get(i));
            List<Choice> cs = nodes[i].choices();
            slotBase[i] = choices.size();
            choices.addAll(cs);
            target[i] = new int[cs.size()];
            choiceBit[i] = new long[cs.size()];
            effect[i] = new int[cs.size()][];
            for (int j = 0; j < cs.size(); j++) {
                Choice c = cs.get(j);
                Integer t = c.next() == null ? null : nodeIndex.get(c.next());
                target[i][j] = t == null ? -1 : t;
                choiceBit[i][j] = scope.choiceBit(c.id());
                int[] d = new int[vars.size()];
                boolean any = false;
                for (int v = 0; v < vars.size(); v++) {
                    Integer delta = c.effects().get(vars.get(v));
                    if (delta != null) { d[v] = delta; any = true; }
                }
                effect[i][j] = any ? d : null;
            }
        }

        Map<Key, Integer> ids = new HashMap<>();
        List<Key> keys = new ArrayList<>();
        int[] startVars = scope.startValues();
        int startNode = nodeIndex.get(sc.start());
        Key start = new Key(startNode, startVars, visitBit[startNode]);
        ids.put(start, 0);
        keys.add(start);
        node.add(start.node());
        parent.add(-1);
        parentChoice.add(null);
        boolean full = true;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int id = queue.poll();
            Key k = keys.get(id);
            Node n = nodes[k.node()];
            if (n.isEnding()) continue;
            Facts facts = scope.facts(k.vars(), k.history());
            boolean any = false;
            List<Choice> cs = n.choices();
            for (int j = 0; j < cs.size(); j++) {
                Choice c = cs.get(j);
                if (c.when() != null && !c.when().test(facts)) continue;
                int to = target[k.node()][j];
                if (to < 0) continue;
                any = true;
                int[] nv = k.vars();
                int[] d = effect[k.node()][j];
                if (d != null) {
                    nv = nv.clone();
                    for (int i = 0; i < defs.length; i++) nv[i] = defs[i].add(nv[i], d[i]);
                }
                Key next = new Key(to, nv, k.history() | choiceBit[k.node()][j] | visitBit[to]);
                Integer nid = ids.get(next);
                if (nid == null) {
                    if (keys.size() >= budget) {
                        full = false;
                        continue;
                    }
                    nid = keys.size();
                    ids.put(next, nid);
                    keys.add(next);
                    node.add(to);
                    parent.add(id);
                    parentChoice.add(c.id());
                    queue.add(nid);
                }
                edgeFrom.add(id);
                edgeTo.add(nid);
                edgeChoice.add(c);
                edgeSlot.add(slotBase[k.node()] + j);
            }
            if (!any) noOptions.add(id);
        }
        this.ending = new boolean[nn];
        for (int i = 0; i < nn; i++) ending[i] = nodes[i].isEnding();
        this.complete = full;
    }

    int size() {
        return node.size;
    }

    boolean isEnding(int config) {
        return ending[node.get(config)];
    }

    String nodeId(int config) {
        return nodeIds.get(node.get(config));
    }

    /** The choice ids from the start to this configuration, plus {@code last} when given. */
    List<String> path(int config, String last) {
        return path(config, last, parent.data, parentChoice);
    }

    static List<String> path(int config, String last, int[] parents, List<String> choices) {
        List<String> out = new ArrayList<>();
        if (last != null) out.add(last);
        for (int at = config; parents[at] >= 0; at = parents[at]) out.add(choices.get(at));
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
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int i = 0; i < n; i++) if (isEnding(i)) { ok[i] = true; todo.add(i); }
        while (!todo.isEmpty()) {
            int v = todo.poll();
            for (int e = start[v]; e < start[v + 1]; e++) {
                int u = incoming[e];
                if (!ok[u]) { ok[u] = true; todo.add(u); }
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
