package nl.coachdans.scoring;

import nl.coachdans.engine.ClientState;
import nl.coachdans.scenario.Quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile of one session: per framework the steps and risks, critical risks apart, the ending,
 * the client's state per turn, the dance measures and a band per axis. Never one number.
 * Bands in the scenario's order: per framework its steps and risks, then the ending (when the
 * session ended) and the dance (when some moment asked for a move).
 */
public record ScoreProfile(
        String scenario,
        int version,
        String endingNode,
        Quality ending,
        List<FrameworkResult> frameworks,
        List<RiskEvent> risks,
        List<RiskEvent> critical,
        List<ClientState> trajectory,
        DanceMeasures dance,
        Map<Axis, Band> bands) {

    public ScoreProfile {
        frameworks = List.copyOf(frameworks);
        risks = List.copyOf(risks);
        critical = List.copyOf(critical);
        trajectory = List.copyOf(trajectory);
        bands = Collections.unmodifiableMap(new LinkedHashMap<>(bands));
    }

    public boolean finished() {
        return ending != null;
    }
}
