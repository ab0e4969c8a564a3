package nl.coachdans.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a node shows: the client speaking, an email from the client, narration, or an ending. */
public enum NodeKind {
    @JsonProperty("utterance") UTTERANCE,
    @JsonProperty("email") EMAIL,
    @JsonProperty("narration") NARRATION,
    @JsonProperty("ending") ENDING
}
