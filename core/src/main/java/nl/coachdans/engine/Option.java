package nl.coachdans.engine;

import nl.coachdans.scenario.LocalizedText;

import java.util.Objects;

/**
 * An option as the trainee meets it: its stable id (to choose it, and to replay a record) and its
 * words in both languages. Nothing here tells a good option from a poor one; the tags, effects,
 * conditions, move and next node stay with the scenario's model, for the scorer and the debrief.
 */
public record Option(String id, LocalizedText text) {

    public Option {
        Objects.requireNonNull(id);
    }
}
