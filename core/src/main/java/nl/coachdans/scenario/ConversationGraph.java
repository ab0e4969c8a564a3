package nl.coachdans.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's nodes numbered in file order and, for every choice, the routes it may take, the
 * condition that offers it and how it changes the client state. The validator and the path
 * explorer both walk the graph; in a large scenario every pass over tens of thousands of choices
 * cost several milliseconds, so the graph is read from the scenario once, here, and shared. Choices
 * are numbered node by node in file order, empty ones included.
 */
public final class ConversationGraph {
    private final List<String> ids;
    private final Map<String, Integer> numbers;
    private final boolean[] ending;
    /** Per node and one past the last: the number of its first choice. */
    private final int[] firstChoice;
    /** Per choice and one past the last: the number of its first route. */
    private final int[] firstRoute;
    /** Per route: the node it leads to, or -1 when it names none, or one that does not exist or is empty. */
    private final int[] routeTarget;
    /** Per route: its condition, null for an unconditioned one. */
    private final Condition[] routeCondition;
    private final Condition[] condition;
    /** The scenario's state variables, in its order. */
    private final List<String> variables;
    /** Per choice, per state variable: the change; whether a choice changes any is kept apart. */
    private final int[] effect;
    private final boolean[] changesState;

    private ConversationGraph(Scenario sc) {
        ids = List.copyOf(sc.nodes().keySet());
        List<Node> nodes = new ArrayList<>(sc.nodes().values());
        int n = ids.size();
        numbers = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) numbers.put(ids.get(i), i);
        ending = new boolean[n];
        firstChoice = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            ending[i] = node != null && node.isEnding();
            firstChoice[i + 1] = firstChoice[i] + (node == null ? 0 : node.choices().size());
        }
        variables = List.copyOf(sc.state().keySet());
        Map<String, Integer> variableNumber = new HashMap<>();
        for (int v = 0; v < variables.size(); v++) variableNumber.put(variables.get(v), v);

        int choices = firstChoice[n];
        firstRoute = new int[choices + 1];
        for (int i = 0, k = 0; i < n; i++) {
            for (Choice c : nodes.get(i) == null ? List.<Choice>of() : nodes.get(i).choices()) {
                int routes = c == null || c.next() == null ? 0 : c.next().routes().size();
                firstRoute[k + 1] = firstRoute[k] + routes;
                k++;
            }
        }
        routeTarget = new int[firstRoute[choices]];
        routeCondition = new Condition[firstRoute[choices]];
        condition = new Condition[choices];
        effect = new int[choices * variables.size()];
        changesState = new boolean[choices];
        for (int i = 0; i < n; i++) {
            for (int k = firstChoice[i]; k < firstChoice[i + 1]; k++) {
                Choice c = nodes.get(i).choices().get(k - firstChoice[i]);
                if (c == null) continue;
                for (int r = firstRoute[k]; r < firstRoute[k + 1]; r++) {
                    Route route = c.next().routes().get(r - firstRoute[k]);
                    Integer t = route == null || route.to() == null ? null : numbers.get(route.to());
                    routeTarget[r] = t == null || nodes.get(t) == null ? -1 : t;
                    routeCondition[r] = route == null ? null : route.when();
                }
                condition[k] = c.when();
                for (Map.Entry<String, Integer> e : c.effects().entrySet()) {
                    Integer v = variableNumber.get(e.getKey());
                    if (v == null || e.getValue() == null) continue; // the validator reports these
                    effect[k * variables.size() + v] = e.getValue();
                    changesState[k] = true;
                }
            }
        }
    }

    /** Reads the graph of a scenario; empty nodes have no choices, and empty choices lead nowhere. */
    public static ConversationGraph of(Scenario sc) {
        return new ConversationGraph(sc);
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

    public boolean isEnding(int node) {
        return ending[node];
    }

    /** The number of the node's first choice; its choices run up to the next node's first. */
    public int firstChoice(int node) {
        return firstChoice[node];
    }

    /** The number of choices in the whole scenario. */
    public int choiceCount() {
        return firstRoute.length - 1;
    }

    /** The number of the choice's first route; its routes run up to the next choice's first. */
    public int firstRoute(int choice) {
        return firstRoute[choice];
    }

    /** The node a route leads to, or -1 when it names no node, or one that does not exist or is empty. */
    public int routeTarget(int route) {
        return routeTarget[route];
    }

    /** The condition of a route, or null for the unconditioned fallback. */
    public Condition routeCondition(int route) {
        return routeCondition[route];
    }

    /** Whether some route of the choice has a condition (its target then depends on the path). */
    public boolean routesByCondition(int choice) {
        for (int r = firstRoute[choice]; r < firstRoute[choice + 1]; r++) if (routeCondition[r] != null) return true;
        return false;
    }

    /** The condition under which the choice is offered, or null when it always is. */
    public Condition condition(int choice) {
        return condition[choice];
    }

    /** The scenario's state variables, in its order; effects are numbered by this list. */
    public List<String> variables() {
        return variables;
    }

    /** Whether the choice changes any state variable of the scenario. */
    public boolean changesState(int choice) {
        return changesState[choice];
    }

    /** The change the choice makes to the state variable with this number (0 when none). */
    public int effect(int choice, int variable) {
        return effect[choice * variables.size() + variable];
    }
}
