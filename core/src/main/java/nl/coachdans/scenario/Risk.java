package nl.coachdans.scenario;

/** A risk or pitfall a framework warns against; committing it is a scored event. */
public record Risk(String id, LocalizedText name, LocalizedText explanation, Severity severity) {
}
