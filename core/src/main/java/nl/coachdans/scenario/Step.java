package nl.coachdans.scenario;

/** A step or aspect of a framework: something a coach does that the text names. */
public record Step(String id, LocalizedText name, LocalizedText explanation) {
}
