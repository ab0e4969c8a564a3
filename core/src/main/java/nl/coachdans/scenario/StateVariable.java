package nl.coachdans.scenario;

/** A client state variable (emotion, rapport, openness ...) with its range and starting value. */
public record StateVariable(LocalizedText name, int min, int max, int start) {

    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }
}
