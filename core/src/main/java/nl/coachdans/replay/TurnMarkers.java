package nl.coachdans.replay;

import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.StepResult;

import java.util.ArrayList;
import java.util.List;

/** Per turn (1-based) the steps reached and the risks committed then, for the timeline and the words panel. */
public final class TurnMarkers {
    private final List<List<StepResult>> steps = new ArrayList<>();
    private final List<List<RiskEvent>> risks = new ArrayList<>();
    /** Whether a critical risk was committed in a turn; the timeline asks every frame. */
    private final boolean[] critical;

    public TurnMarkers(ScoreProfile profile, int turns) {
        for (int i = 0; i <= turns; i++) {
            steps.add(new ArrayList<>());
            risks.add(new ArrayList<>());
        }
        for (FrameworkResult fr : profile.frameworks()) {
            for (StepResult s : fr.steps()) {
                if (s.reached() && s.turn() != null && s.turn() >= 1 && s.turn() <= turns) steps.get(s.turn()).add(s);
            }
        }
        for (RiskEvent r : profile.risks()) {
            if (r.turn() >= 1 && r.turn() <= turns) risks.get(r.turn()).add(r);
        }
        critical = new boolean[turns + 1];
        for (int i = 0; i <= turns; i++) {
            for (RiskEvent r : risks.get(i)) critical[i] |= r.severity() == Severity.CRITICAL;
        }
    }

    public List<StepResult> steps(int turn) {
        return turn >= 0 && turn < steps.size() ? steps.get(turn) : List.of();
    }

    public List<RiskEvent> risks(int turn) {
        return turn >= 0 && turn < risks.size() ? risks.get(turn) : List.of();
    }

    public boolean hasStep(int turn) {
        return !steps(turn).isEmpty();
    }

    public boolean hasRisk(int turn) {
        return !risks(turn).isEmpty();
    }

    public boolean hasCritical(int turn) {
        return turn >= 0 && turn < critical.length && critical[turn];
    }
}
