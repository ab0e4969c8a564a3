package nl.coachdans.dance;

import nl.coachdans.scenario.Stance;
import nl.coachdans.scenario.Tempo;

/**
 * One turn of the dance: where the coach and the client stand on Leary's Rose, how far apart they
 * are (0 close .. 1 far), going along or counterplay, the tempo, whether the coach stumbled (a risk
 * was committed) and whether the move fitted what the client needed (null when nothing specific was
 * needed then).
 */
public record DanceFigure(
        int turn,
        String choice,
        RosePoint coach,
        RosePoint client,
        double distance,
        Stance stance,
        Tempo tempo,
        boolean stumble,
        Boolean inTune) {
}
