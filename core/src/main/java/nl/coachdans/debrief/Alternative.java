package nl.coachdans.debrief;

import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Quality;

import java.util.List;
import java.util.Map;

/**
 * One option at a turning point, as it would have played out: the steps it reaches, the risks it
 * commits, how the client state moves, how the client answers next, and the best ending still
 * reachable after it. {@code leadsTo} is the node the option's route takes on this path. {@code chosen} marks the option the trainee took, {@code expert} the one on
 * the expert path.
 */
public record Alternative(
        String choice,
        boolean chosen,
        boolean expert,
        List<String> steps,
        List<String> risks,
        Map<String, Integer> stateChange,
        LocalizedText clientAnswer,
        String leadsTo,
        Quality bestReachable) {

    public Alternative {
        steps = List.copyOf(steps);
        risks = List.copyOf(risks);
        stateChange = Map.copyOf(stateChange);
    }
}
