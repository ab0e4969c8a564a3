package nl.coachdans.debrief;

import nl.coachdans.engine.Option;
import nl.coachdans.engine.Rubric;
import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The best ending still within reach from a point in a session: a bounded breadth-first search over
 * the choices that follow. Sessions are replayed from their choices, which keeps this independent
 * of how the engine stores its state.
 */
final class Outlook {
    private static final int LIMIT = 60_000;

    private Outlook() {
    }

    /** A path still to expand, with the risk events it has at least committed. */
    private record Point(List<String> path, int risks) { }

    /** Null when no ending was found within the limit. */
    static Quality best(Rubric rubric, long seed, List<String> prefix) {
        Scenario scenario = rubric.scenario();
        // Conditions may read history (visited, chosen): two points with the same node and state but
        // another relevant history can have different futures, so that history is part of the key.
        Set<String> visitedRead = new HashSet<>(), chosenRead = new HashSet<>();
        boolean conductRead = false;
        for (var n : scenario.nodes().values()) {
            for (Choice c : n.choices()) {
                List<nl.coachdans.scenario.Condition> read = new ArrayList<>();
                if (c.when() != null) read.add(c.when());
                for (var route : c.next().routes()) if (route.when() != null) read.add(route.when());
                for (var r : read.stream().flatMap(w -> w.referenceSet().stream()).toList()) {
                    if (r.kind() == nl.coachdans.scenario.Condition.Reference.Kind.VISITED) visitedRead.add(r.name());
                    if (r.kind() == nl.coachdans.scenario.Condition.Reference.Kind.CHOSEN) chosenRead.add(r.name());
                    switch (r.kind()) {
                        case RISK, STEP, RISK_COUNT, STEP_COUNT -> conductRead = true;
                        default -> { }
                    }
                }
            }
        }
        // Fewest risk events first, then the deepest: an ending picked by the conduct is best only
        // after a clean path, so following clean paths to their end finds it long before the limit,
        // where breadth first drowned in the many short, risky ways to a poor ending.
        PriorityQueue<Point> queue = new PriorityQueue<>(Comparator.comparingInt(Point::risks)
                .thenComparing(Comparator.comparingInt((Point p) -> p.path().size()).reversed()));
        Set<String> seen = new HashSet<>();
        queue.add(new Point(prefix, 0));
        Quality best = null;
        int expanded = 0;
        while (!queue.isEmpty() && expanded++ < LIMIT) {
            List<String> path = queue.poll().path();
            Session s = Session.replay(rubric, seed, path);
            StringBuilder key = new StringBuilder(s.current().id()).append(s.state().values());
            for (var t : s.transcript().turns()) {
                if (visitedRead.contains(t.node())) key.append("|v:").append(t.node());
                if (chosenRead.contains(t.choice())) key.append("|c:").append(t.choice());
            }
            if (visitedRead.contains(s.current().id())) key.append("|v:").append(s.current().id());
            // Conditions may also ask what was committed and reached so far; only then is it part of the key.
            if (conductRead) key.append('|').append(s.history());
            if (!seen.add(key.toString())) continue;
            if (s.ended()) {
                Quality q = s.current().quality();
                if (q != null && (best == null || q.rank() > best.rank())) best = q;
                if (best == Quality.BEST) break;
                continue;
            }
            for (Option o : s.choices()) {
                List<String> next = new ArrayList<>(path);
                next.add(o.id());
                queue.add(new Point(next, s.history().events() + rubric.taggedRisks(o.id()).size()));
            }
        }
        return best;
    }
}
