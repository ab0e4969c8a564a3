package nl.coachdans.play;

import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scoring.ScoreProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The best ending reached per scenario, from the records as recomputed when read; altered, stale
 * and corrupt records do not count, so a hand-edited file cannot improve a result.
 */
public final class BestResults {
    /** The best ending and how many finished sessions there were. */
    public record Best(Quality quality, int finished) { }

    private final Map<String, Best> best = new HashMap<>();

    public BestResults(List<StoredRecord> records) {
        for (StoredRecord r : records) {
            ScoreProfile p = r.profile();
            if (r.status() != RecordStatus.OK || p == null || !p.finished() || r.record() == null) continue;
            best.merge(r.record().scenario(), new Best(p.ending(), 1),
                    (a, b) -> new Best(a.quality().rank() >= b.quality().rank() ? a.quality() : b.quality(), a.finished() + b.finished()));
        }
    }

    public Optional<Best> of(String scenarioId) {
        return Optional.ofNullable(best.get(scenarioId));
    }
}
