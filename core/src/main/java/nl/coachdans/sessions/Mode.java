package nl.coachdans.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Practice shows feedback after each choice and allows a step back; exam allows neither. */
public enum Mode {
    @JsonProperty("practice") PRACTICE,
    @JsonProperty("exam") EXAM
}
