package nl.coachdans.scenario;

/** A descriptive tag a framework offers that is not scored (a GROW helper, a tension field ...). */
public record Label(String id, LocalizedText name, LocalizedText explanation) {
}
