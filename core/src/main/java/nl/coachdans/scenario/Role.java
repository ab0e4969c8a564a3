package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part a state variable plays in the dance and in the client's figure: how stirred up the
 * client is, how connected to the coach, how open.
 */
public enum Role {
    @JsonProperty("emotion") EMOTION,
    @JsonProperty("rapport") RAPPORT,
    @JsonProperty("openness") OPENNESS;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
