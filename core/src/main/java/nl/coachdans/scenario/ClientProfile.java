package nl.coachdans.scenario;

/** Who the client is: name, role and a short background for the briefing. */
public record ClientProfile(String name, LocalizedText role, LocalizedText background) {
}
