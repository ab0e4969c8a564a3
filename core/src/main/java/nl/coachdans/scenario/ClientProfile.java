package nl.coachdans.scenario;

/** Who the client is: name, role and a short background for the briefing, and how they look. */
public record ClientProfile(String name, LocalizedText role, LocalizedText background, Appearance appearance) {

    public ClientProfile {
        appearance = appearance == null ? Appearance.NEUTRAL : appearance;
    }
}
