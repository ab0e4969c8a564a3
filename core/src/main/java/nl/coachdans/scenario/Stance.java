package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Going along with the client (meebewegen) or offering counterplay (tegenspel). */
public enum Stance {
    @JsonProperty("along") ALONG,
    @JsonProperty("counter") COUNTER
}
