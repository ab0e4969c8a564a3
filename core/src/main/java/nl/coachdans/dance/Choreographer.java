package nl.coachdans.dance;

import nl.coachdans.engine.ClientState;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Turn;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.ChoiceIndex;
import nl.coachdans.scenario.Lead;
import nl.coachdans.scenario.Move;
import nl.coachdans.scenario.Need;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Role;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.StateVariable;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a transcript into figures on Leary's Rose ("Coaching als dans"). The coach's figure follows
 * the move (see {@link #coachPoint}). The client answers as the rose predicts: leading invites following
 * (the opposite height), and the client's side follows rapport, pulled towards tegen while emotion
 * runs high. Closeness steps change the distance between the two.
 */
public final class Choreographer {
    static final double START_DISTANCE = 0.6;
    static final double STEP = 0.12;

    public Choreography choreograph(Scenario scenario, Transcript transcript, ScoreProfile profile) {
        Set<Integer> stumbleTurns = profile.risks().stream().map(RiskEvent::turn).collect(Collectors.toSet());
        RosePoint clientStart = clientPoint(scenario, transcript.start(), 0);
        RosePoint coachStart = new RosePoint(0.2, 0.0);
        double distance = START_DISTANCE;
        ChoiceIndex index = new ChoiceIndex(scenario);
        List<DanceFigure> figures = new ArrayList<>();
        for (Turn t : transcript.turns()) {
            Choice c = index.choice(t.choice());
            Move m = c == null ? null : c.move();
            Node node = scenario.node(t.node());
            Need need = node == null ? null : node.needs();
            RosePoint coach = m == null ? new RosePoint(0, 0) : coachPoint(m);
            double coachAbove = coach.above();
            RosePoint client = clientPoint(scenario, t.after(), m == null ? 0 : -coachAbove * 0.8);
            if (m != null) distance = Math.max(0.1, Math.min(1.0, distance - STEP * m.closeness()));
            Boolean inTune = need == null || need.isEmpty() ? null : need.fits(m);
            figures.add(new DanceFigure(t.number(), t.choice(), coach, client, round(distance),
                    m == null ? null : m.stance(), m == null ? null : m.tempo(), stumbleTurns.contains(t.number()), inTune));
        }
        return new Choreography(scenario.id(), coachStart, clientStart, START_DISTANCE, figures);
    }

    /**
     * The coach's place: leading points up (boven), following down (onder), going along towards
     * samen and counterplay towards tegen, a step closer leaning further towards samen. Tempo sets
     * the intensity, which on the rose is the distance from the centre.
     */
    static RosePoint coachPoint(Move m) {
        double above = switch (m.lead()) {
            case COACH -> 1.0;
            case SHARED -> 0.0;
            case CLIENT -> -1.0;
        };
        double together = (m.stance() == Stance.ALONG ? 1.0 : -1.0) + 0.25 * m.closeness();
        double intensity = switch (m.tempo()) {
            case SLOW -> 0.45;
            case STEADY -> 0.7;
            case FAST -> 0.95;
        };
        double length = Math.hypot(together, above);
        return new RosePoint(round(together / length * intensity), round(above / length * intensity));
    }

    /** The client's place: rapport pulls towards samen, emotion towards tegen; height answers the coach. */
    static RosePoint clientPoint(Scenario scenario, ClientState state, double above) {
        double rapport = normalised(scenario, state, scenario.variableFor(Role.RAPPORT));
        double emotion = normalised(scenario, state, scenario.variableFor(Role.EMOTION));
        double together = Double.isNaN(rapport) ? 0 : (rapport * 2 - 1);
        if (!Double.isNaN(emotion)) together -= 0.5 * Math.max(0, emotion - 0.5);
        return new RosePoint(clamp(round(together)), clamp(round(above)));
    }

    private static double normalised(Scenario scenario, ClientState state, String var) {
        StateVariable v = var == null ? null : scenario.state().get(var);
        if (v == null) return Double.NaN;
        return (state.get(var) - v.min()) / (double) (v.max() - v.min());
    }

    private static double clamp(double v) {
        return Math.max(-1, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
