package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A client state variable (emotion, rapport, openness ...) with its range and starting value, and
 * optionally the role it plays in the dance and the figure.
 */
public record StateVariable(LocalizedText name, int min, int max, int start,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Role role) {

    public StateVariable(LocalizedText name, int min, int max, int start) {
        this(name, min, max, start, null);
    }

    public int clamp(int value) {
        return Math.max(min, Math.min(max, value));
    }

    /** {@code value + delta} kept within the range, without overflowing on huge deltas. */
    public int add(int value, int delta) {
        return (int) Math.max(min, Math.min(max, (long) value + delta));
    }
}
