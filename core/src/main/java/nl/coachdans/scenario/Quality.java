package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well an ending turns out for the client, from best to poor. */
public enum Quality {
    @JsonProperty("best") BEST,
    @JsonProperty("good") GOOD,
    @JsonProperty("mixed") MIXED,
    @JsonProperty("poor") POOR;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** 3 for best down to 0 for poor, for min/max over paths. */
    public int rank() {
        return 3 - ordinal();
    }
}
