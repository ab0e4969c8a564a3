package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How heavily a risk weighs: a critical risk can never be made up for by points elsewhere. */
public enum Severity {
    @JsonProperty("warning") WARNING,
    @JsonProperty("critical") CRITICAL
}
