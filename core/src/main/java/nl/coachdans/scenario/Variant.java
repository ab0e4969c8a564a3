package nl.coachdans.scenario;

/**
 * Another way the client may say a node's line. With a condition it is used when the client state
 * makes it true (first match wins); without one it is an alternative the session's seed picks from.
 */
public record Variant(Condition when, LocalizedText text) {
}
