package nl.coachdans.lint;

import java.util.Arrays;

/**
 * The strongly connected components of a graph given as adjacency arrays (the successors of node v
 * are {@code target[start[v]] .. target[start[v + 1] - 1]}), by Tarjan's algorithm, iterative so that
 * deep conversations cannot overflow the stack. Components are numbered children first: every edge
 * leaving component c leads to a component with a lower number.
 */
final class Components {
    /** Per node: its component. */
    final int[] of;
    /** The nodes in the order they were assigned, component after component; {@link #first} indexes it. */
    private final int[] members;
    /** Per component and one past the last: where its nodes start in {@link #members}. */
    private final int[] first;

    Components(int n, int[] start, int[] target) {
        of = new int[n];
        members = new int[n];
        int[] index = new int[n], low = new int[n], stack = new int[n], callNode = new int[n], callEdge = new int[n];
        int[] firsts = new int[n + 1];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int sp = 0, counter = 0, comps = 0, assigned = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = start[root];
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < start[v + 1]) {
                    int w = target[callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = start[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    if (low[v] == index[v]) {
                        firsts[comps] = assigned;
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            of[w] = comps;
                            members[assigned++] = w;
                        } while (w != v);
                        comps++;
                    }
                    depth--;
                    if (depth >= 0) low[callNode[depth]] = Math.min(low[callNode[depth]], low[v]);
                }
            }
        }
        firsts[comps] = assigned;
        first = Arrays.copyOf(firsts, comps + 1);
    }

    int count() {
        return first.length - 1;
    }

    int size(int component) {
        return first[component + 1] - first[component];
    }

    /** The nodes of a component, in the order the algorithm assigned them. */
    int[] members(int component) {
        return Arrays.copyOfRange(members, first[component], first[component + 1]);
    }
}
