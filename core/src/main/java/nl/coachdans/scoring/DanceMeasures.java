package nl.coachdans.scoring;

/**
 * How the conversation danced: of the {@code judged} moves made where the client needed something
 * specific, how many were {@code inTune}; and who led how often.
 */
public record DanceMeasures(int moves, int judged, int inTune, int coachLed, int sharedLead, int clientLed) {

    public double fit() {
        return judged == 0 ? 0 : (double) inTune / judged;
    }
}
