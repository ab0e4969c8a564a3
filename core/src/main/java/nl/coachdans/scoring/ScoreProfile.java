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
 * Band keys: {@code FRAMEWORK.steps}, {@code FRAMEWORK.risks}, {@code ending}, {@code dance}.
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
        Map<String, Band> bands) {

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
