package nl.coachdans.scenario;

/** A client state variable (emotion, rapport, openness ...) with its range and starting value. */
public record StateVariable(LocalizedText name, int min, int max, int start) {

    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code value + delta} kept within the range, without overflowing on huge deltas. */
    public int add(int value, int delta) {
        return (int) Math.max(min, Math.min(max, (long) value + delta));
    }
}
