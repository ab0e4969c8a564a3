package nl.coachdans.lint;

import nl.coachdans.engine.History;
import nl.coachdans.engine.Option;
import nl.coachdans.engine.Rubric;
import nl.coachdans.engine.Session;
import nl.coachdans.engine.UnknownChoiceException;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.ConductBounds;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Scorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plays naive students and searches the scenario's paths for what makes a profile untrustworthy
 * (DOMAIN.md, "What makes a profile fair"). Naive students read only the options' Dutch text;
 * random students are seeded, so every run gives the same figures.
 */
final class FairnessChecks {
    static final int RANDOM_STUDENTS = 300;
    /** A naive student who has not ended after this many turns is caught in a loop. */
    static final int MAX_TURNS = 400;
    /** Configurations of the conduct search (state graph configuration x steps x risk events). */
    static final int CONDUCT_BUDGET = 400_000;

    private final Curriculum curriculum;

    FairnessChecks(Curriculum curriculum) {
        this.curriculum = curriculum;
    }

    Fairness check(Scenario sc, Rubric rubric, StateGraph g) {
        List<Fairness.Strategy> strategies = new ArrayList<>();
        for (Fairness.Rule rule : Fairness.Rule.values()) strategies.add(strategy(sc, rubric, rule));
        ConductSearch conduct = new ConductSearch(sc, rubric, g);
        return new Fairness(strategies, random(rubric), tell(sc, rubric), gates(rubric, g), loops(g), dance(sc, rubric),
                conduct.violations, g.complete && conduct.complete);
    }

    // ------------------------------------------------------------------ naive students

    private static int length(Choice c) {
        String nl = c.text() == null || c.text().nl() == null ? "" : c.text().nl().strip();
        return nl.codePointCount(0, nl.length());
    }

    /** The options offered now, in the order of the file (what an author sees). */
    private static List<Choice> offered(Session s) {
        Set<String> ids = new HashSet<>();
        for (Option o : s.choices()) ids.add(o.id());
        List<Choice> out = new ArrayList<>();
        for (Choice c : s.scenario().node(s.current().id()).choices()) if (ids.contains(c.id())) out.add(c);
        return out;
    }

    private static Choice pick(Fairness.Rule rule, List<Choice> options) {
        Choice best = options.get(0);
        for (Choice c : options) {
            // Strictly better only, so ties go to the first in file order.
            if (rule == Fairness.Rule.LONGEST && length(c) > length(best)) best = c;
            if (rule == Fairness.Rule.SHORTEST && length(c) < length(best)) best = c;
        }
        return best;
    }

    private Fairness.Strategy strategy(Scenario sc, Rubric rubric, Fairness.Rule rule) {
        Session s = Session.start(rubric, 0);
        List<String> path = new ArrayList<>();
        while (!s.ended() && path.size() < MAX_TURNS) {
            List<Choice> options = offered(s);
            if (options.isEmpty()) break;
            Choice c = pick(rule, options);
            s.choose(c.id());
            path.add(c.id());
        }
        var profile = new Scorer(curriculum).score(sc, s.transcript(), rubric);
        return new Fairness.Strategy(rule, path, s.ended() ? s.current().id() : null, s.ended() ? s.current().quality() : null,
                s.ended() ? profile.bands() : Map.of());
    }

    private static Fairness.RandomStudents random(Rubric rubric) {
        Map<String, Integer> byQuality = new LinkedHashMap<>();
        for (Quality q : Quality.values()) byQuality.put(q.code(), 0);
        int none = 0;
        List<String> bestWitness = null;
        for (int student = 0; student < RANDOM_STUDENTS; student++) {
            SplittableRandom random = new SplittableRandom(student);
            Session s = Session.start(rubric, student);
            List<String> path = new ArrayList<>();
            while (!s.ended() && path.size() < MAX_TURNS) {
                List<Choice> options = offered(s);
                if (options.isEmpty()) break;
                Choice c = options.get(random.nextInt(options.size()));
                s.choose(c.id());
                path.add(c.id());
            }
            if (!s.ended() || s.current().quality() == null) {
                none++;
                continue;
            }
            byQuality.merge(s.current().quality().code(), 1, Integer::sum);
            if (s.current().quality() == Quality.BEST && (bestWitness == null || path.size() < bestWitness.size())) bestWitness = path;
        }
        return new Fairness.RandomStudents(RANDOM_STUDENTS, byQuality, none, bestWitness);
    }

    // ------------------------------------------------------------------ tells

    private static Fairness.Tell tell(Scenario sc, Rubric rubric) {
        Session s = Session.start(rubric, 0);
        int decisions = 0, longest = 0;
        double ratios = 0;
        for (String id : sc.expert()) {
            if (s.ended()) break;
            List<Choice> options = offered(s);
            Choice expert = options.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
            if (expert == null) break; // the linter reports an expert path that does not play
            if (options.size() >= 2) {
                decisions++;
                int mine = length(expert);
                double others = options.stream().filter(c -> c != expert).mapToInt(FairnessChecks::length).average().orElse(mine);
                if (options.stream().filter(c -> c != expert).allMatch(c -> length(c) < mine)) longest++;
                ratios += others == 0 ? 1 : mine / others;
            }
            try {
                s.choose(id);
            } catch (UnknownChoiceException e) {
                break;
            }
        }
        return new Fairness.Tell(decisions, longest, decisions == 0 ? 0 : ratios / decisions);
    }

    // ------------------------------------------------------------------ gates

    /** Steps that only one option reaches on all the explored paths. */
    private static List<Fairness.Gate> gates(Rubric rubric, StateGraph g) {
        if (!g.complete) return List.of();
        int n = rubric.steps().size();
        List<Set<Integer>> through = new ArrayList<>();
        for (int i = 0; i < n; i++) through.add(new HashSet<>());
        int[] firstEdge = new int[n];
        Arrays.fill(firstEdge, -1);
        for (int e = 0; e < g.edgeFrom.size; e++) {
            int slot = g.edgeSlot.get(e);
            long steps = rubric.taggedSteps(slot);
            while (steps != 0) {
                int i = Long.numberOfTrailingZeros(steps);
                steps &= steps - 1;
                through.get(i).add(slot);
                if (firstEdge[i] < 0) firstEdge[i] = e;
            }
        }
        List<Fairness.Gate> out = new ArrayList<>();
        for (Rubric.Item s : rubric.steps()) {
            if (through.get(s.index()).size() != 1) continue;
            int e = firstEdge[s.index()];
            Choice c = g.edgeChoice(e);
            out.add(new Fairness.Gate(s.framework(), s.id(), g.nodeId(g.edgeFrom.get(e)), c.id(), g.path(g.edgeFrom.get(e), c.id())));
        }
        return out;
    }

    // ------------------------------------------------------------------ loops

    /**
     * Cycles of the state graph: its configurations hold all that decides which options appear, so
     * a cycle there can be gone round without bound, repeating the client's lines (and any risk or
     * effect on it). One loop per strongly connected component, with a shortest way in.
     */
    private static List<Fairness.Loop> loops(StateGraph g) {
        if (!g.complete) return List.of();
        int n = g.size();
        int[] target = Arrays.copyOf(g.edgeTo.data, g.edgeTo.size);
        Components components = new Components(n, Arrays.copyOf(g.firstEdge.data, n + 1), target);
        int[] comp = components.of;
        boolean[] cyclic = new boolean[n];
        for (int e = 0; e < g.edgeFrom.size; e++) {
            int a = g.edgeFrom.get(e), b = g.edgeTo.get(e);
            if (comp[a] == comp[b] && (a == b || components.size(comp[a]) > 1)) cyclic[comp[a]] = true;
        }
        List<Fairness.Loop> out = new ArrayList<>();
        Set<List<String>> seenNodes = new HashSet<>();
        boolean[] done = new boolean[n];
        for (int v = 0; v < n; v++) { // configurations in breadth-first order: the first of a component is nearest
            int c = comp[v];
            if (!cyclic[c] || done[c]) continue;
            done[c] = true;
            List<Integer> cycleEdges = cycleThrough(g, v, comp);
            List<String> nodes = new ArrayList<>(), choices = new ArrayList<>();
            boolean risk = false, effect = false;
            for (int e : cycleEdges) {
                nodes.add(g.nodeId(g.edgeFrom.get(e)));
                Choice ch = g.edgeChoice(e);
                choices.add(ch.id());
                risk |= ch.tags().stream().anyMatch(t -> t.startsWith("risk:"));
                effect |= !ch.effects().isEmpty();
            }
            List<String> key = nodes.stream().sorted().distinct().toList();
            if (!seenNodes.add(key)) continue;
            out.add(new Fairness.Loop(nodes, choices, g.path(v, null), risk ? Fairness.Repeats.RISK : effect ? Fairness.Repeats.EFFECT : Fairness.Repeats.LINE));
        }
        return out;
    }

    /** A shortest cycle from configuration {@code v} back to itself within its component, as edges. */
    private static List<Integer> cycleThrough(StateGraph g, int v, int[] comp) {
        Map<Integer, Integer> via = new HashMap<>();
        List<Integer> queue = new ArrayList<>();
        queue.add(v);
        for (int head = 0; head < queue.size(); head++) {
            int a = queue.get(head);
            for (int e = g.firstEdge.get(a); e < g.firstEdge.get(a + 1); e++) {
                int b = g.edgeTo.get(e);
                if (comp[b] != comp[v]) continue;
                if (b == v) {
                    List<Integer> edges = new ArrayList<>();
                    edges.add(e);
                    for (int at = a; at != v; ) {
                        int pe = via.get(at);
                        edges.add(pe);
                        at = g.edgeFrom.get(pe);
                    }
                    java.util.Collections.reverse(edges);
                    return edges;
                }
                if (!via.containsKey(b)) {
                    via.put(b, e);
                    queue.add(b);
                }
            }
        }
        return List.of();
    }

    // ------------------------------------------------------------------ dance

    private static Fairness.Dance dance(Scenario sc, Rubric rubric) {
        Session s = Session.start(rubric, 0);
        int judged = 0, copies = 0;
        for (String id : sc.expert()) {
            if (s.ended()) break;
            Node node = sc.node(s.current().id());
            Choice expert = node.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
            Need need = node.needs();
            if (expert != null && need != null && !need.isEmpty()) {
                judged++;
                if (need.copies(expert.move())) copies++;
            }
            try {
                s.choose(id);
            } catch (UnknownChoiceException e) {
                break;
            }
        }
        return new Fairness.Dance(judged, copies);
    }

    // ------------------------------------------------------------------ conduct bounds

    /**
     * Breadth first over state-graph configurations together with the conduct that decides risk
     * events (steps reached and blamed under the order rule) and the events so far (critical or not,
     * warnings up to the bound), so the first violation met is a shortest witness.
     */
    private static final class ConductSearch {
        final List<Fairness.ConductViolation> violations = new ArrayList<>();
        boolean complete = true;

        private record Key(int config, long reached, long blamed, boolean critical, int warnings) { }

        ConductSearch(Scenario sc, Rubric rubric, StateGraph g) {
            if (!g.complete) {
                complete = false;
                return;
            }
            ConductBounds bounds = sc.conductBounds();
            int cap = bounds.warningsForMixedOrWorse();
            // Only ordered frameworks with an order risk make events depend on the steps reached.
            long ordered = 0;
            for (Framework f : rubric.frameworks()) if (f.ordered() && f.skipRisk() != null) ordered |= rubric.frameworkMask(f.id());
            List<Key> keys = new ArrayList<>();
            Map<Key, Integer> ids = new HashMap<>();
            List<Integer> parent = new ArrayList<>();
            List<String> via = new ArrayList<>();
            Key start = new Key(0, 0, 0, false, 0);
            keys.add(start);
            ids.put(start, 0);
            parent.add(-1);
            via.add(null);
            Set<String> reported = new HashSet<>();
            for (int id = 0; id < keys.size(); id++) {
                Key k = keys.get(id);
                if (g.isEnding(k.config())) {
                    Node end = sc.node(g.nodeId(k.config()));
                    Quality q = end.quality();
                    if (q == null) continue;
                    if (k.critical() && q == Quality.BEST && !bounds.allowsCriticalBest()) {
                        report(Fairness.Bound.CRITICAL_REACHES_BEST, g.nodeId(k.config()), q, k, id, parent, via, reported);
                    }
                    if (k.warnings() >= cap && q.rank() > Quality.MIXED.rank()) {
                        report(Fairness.Bound.WARNINGS_ABOVE_MIXED, g.nodeId(k.config()), q, k, id, parent, via, reported);
                    }
                    continue;
                }
                History h = new History(k.reached(), k.blamed(), 0, 0, 0);
                for (int e = g.firstEdge.get(k.config()); e < g.firstEdge.get(k.config() + 1); e++) {
                    Choice c = g.edgeChoice(e);
                    Rubric.Judgement j = rubric.judge(h, c.id());
                    boolean critical = k.critical();
                    int warnings = k.warnings();
                    for (int r : j.risks()) {
                        if (rubric.riskDefinition(r).severity() == Severity.CRITICAL) critical = true;
                        else warnings = Math.min(cap, warnings + 1);
                    }
                    Key next = new Key(g.edgeTo.get(e), (k.reached() | j.newSteps()) & ordered, (k.blamed() | j.blamed()) & ordered, critical, warnings);
                    if (ids.containsKey(next)) continue;
                    if (keys.size() >= CONDUCT_BUDGET) {
                        complete = false;
                        continue;
                    }
                    ids.put(next, keys.size());
                    keys.add(next);
                    parent.add(id);
                    via.add(c.id());
                }
            }
            violations.sort(Comparator.comparingInt(v -> v.witness().size()));
        }

        /** One violation per bound and ending: the first found, a shortest path. */
        private void report(Fairness.Bound bound, String ending, Quality q, Key k, int id, List<Integer> parent, List<String> via, Set<String> reported) {
            if (!reported.add(bound + "/" + ending)) return;
            List<String> path = new ArrayList<>();
            for (int at = id; parent.get(at) >= 0; at = parent.get(at)) path.add(via.get(at));
            java.util.Collections.reverse(path);
            violations.add(new Fairness.ConductViolation(bound, ending, q, k.warnings(), k.critical(), path));
        }
    }
}
