package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Another way the client may say a node's line (or, on an ending, another outcome and lesson). With
 * a condition it is used when the condition holds (first match wins); without one it is an
 * alternative the session's seed picks from.
 */
public record Variant(Condition when, LocalizedText text,
                      @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText lesson) {

    public Variant(Condition when, LocalizedText text) {
        this(when, text, null);
    }
}
