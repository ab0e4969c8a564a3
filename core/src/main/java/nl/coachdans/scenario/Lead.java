package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who takes the initiative in a move: the vertical axis of Leary's Rose (boven / onder). */
public enum Lead {
    @JsonProperty("coach") COACH,
    @JsonProperty("shared") SHARED,
    @JsonProperty("client") CLIENT
}
