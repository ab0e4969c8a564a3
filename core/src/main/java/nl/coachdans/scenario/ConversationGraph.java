package nl.coachdans.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's nodes numbered in file order and, for every choice, the number of the node it leads
 * to. The validator and the path explorer both walk the graph; in a large scenario looking the
 * next node of tens of thousands of choices up by id was a good part of their time, so it is done
 * once here and shared. Choices are numbered node by node in file order, empty ones included.
 */
public final class ConversationGraph {
    private final List<String> ids;
    private final Map<String, Integer> numbers;
    /** Per node and one past the last: the number of its first choice. */
    private final int[] firstChoice;
    /** Per choice: the node it leads to, or -1 when it names none, or one that does not exist or is empty. */
    private final int[] target;

    private ConversationGraph(List<String> ids, Map<String, Integer> numbers, int[] firstChoice, int[] target) {
        this.ids = ids;
        this.numbers = numbers;
        this.firstChoice = firstChoice;
        this.target = target;
    }

    /** Resolves every choice's next node; empty nodes have no choices, and empty choices lead nowhere. */
    public static ConversationGraph of(Scenario sc) {
        List<String> ids = List.copyOf(sc.nodes().keySet());
        List<Node> nodes = new ArrayList<>(sc.nodes().values());
        int n = ids.size();
        Map<String, Integer> numbers = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) numbers.put(ids.get(i), i);
        int[] first = new int[n + 1];
        for (int i = 0; i < n; i++) first[i + 1] = first[i] + (nodes.get(i) == null ? 0 : nodes.get(i).choices().size());
        int[] target = new int[first[n]];
        for (int i = 0; i < n; i++) {
            for (int k = first[i]; k < first[i + 1]; k++) {
                Choice c = nodes.get(i).choices().get(k - first[i]);
                Integer t = c == null || c.next() == null ? null : numbers.get(c.next());
                target[k] = t == null || nodes.get(t) == null ? -1 : t;
            }
        }
        return new ConversationGraph(ids, numbers, first, target);
    }

    /** The number of nodes. */
    public int size() {
        return ids.size();
    }

    /** The node ids in file order. */
    public List<String> ids() {
        return ids;
    }

    /** The node's number, or -1 when the scenario has no node with this id. */
    public int number(String id) {
        Integer n = id == null ? null : numbers.get(id);
        return n == null ? -1 : n;
    }

    /** The number of the node's first choice; its choices run up to the next node's first. */
    public int firstChoice(int node) {
        return firstChoice[node];
    }

    /** The number of choices in the whole scenario. */
    public int choiceCount() {
        return target.length;
    }

    /** The node a choice leads to, or -1 when it names no node, or one that does not exist or is empty. */
    public int target(int choice) {
        return target[choice];
    }
}
