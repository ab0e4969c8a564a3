package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The pace a move sets in the conversation. */
public enum Tempo {
    @JsonProperty("slow") SLOW,
    @JsonProperty("steady") STEADY,
    @JsonProperty("fast") FAST
}
