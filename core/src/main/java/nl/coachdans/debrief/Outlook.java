package nl.coachdans.debrief;

import nl.coachdans.engine.Session;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;

import java.util.ArrayDeque;
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
    private static final int LIMIT = 5_000;

    private Outlook() {
    }

    /** Null when no ending was found within the limit. */
    static Quality best(Scenario scenario, long seed, List<String> prefix) {
        ArrayDeque<List<String>> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(prefix);
        Quality best = null;
        int expanded = 0;
        while (!queue.isEmpty() && expanded++ < LIMIT) {
            List<String> path = queue.poll();
            Session s = Session.replay(scenario, seed, path);
            if (!seen.add(s.current().id() + s.state().values())) continue;
            if (s.ended()) {
                Quality q = s.current().quality();
                if (q != null && (best == null || q.rank() > best.rank())) best = q;
                if (best == Quality.BEST) break;
                continue;
            }
            for (Choice c : s.choices()) {
                List<String> next = new ArrayList<>(path);
                next.add(c.id());
                queue.add(next);
            }
        }
        return best;
    }
}
