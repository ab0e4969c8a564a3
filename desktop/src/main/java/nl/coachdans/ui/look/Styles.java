package nl.coachdans.ui.look;

import nl.coachdans.scoring.Band;

/** Names of the styles and drawables {@link LookFactory} puts in the skin. */
public final class Styles {
    private Styles() {
    }

    public static final String DEFAULT = "default";
    public static final String WHITE = "white";

    // labels
    public static final String BOLD = "bold";
    public static final String SMALL = "small";
    public static final String MUTED = "muted";
    public static final String HEADING = "heading";
    public static final String TITLE = "title";
    public static final String ACCENT = "accent";
    public static final String DANGER = "danger";
    public static final String WARNING = "warning";
    public static final String SUCCESS = "success";
    public static final String ON_ACCENT = "on-accent";
    public static final String DISABLED = "disabled";
    public static final String HEADING_DISABLED = "heading-disabled";

    // buttons
    public static final String PRIMARY = "primary";
    public static final String TOGGLE = "toggle";
    public static final String CARD = "card";
    public static final String OPTION = "option";

    // panels (drawables)
    public static final String PANEL = "panel";
    public static final String PANEL_ALT = "panel-alt";
    public static final String BUBBLE = "bubble";
    public static final String COACH_BUBBLE = "coach-bubble";
    public static final String EMAIL_HEADER = "email-header";
    public static final String FEEDBACK = "feedback";
    public static final String DANGER_PANEL = "danger-panel";
    public static final String DIM = "dim";
    public static final String CHIP = "chip";

    /** The label style that shows a band: green, plain bold or red; muted when there is none. */
    public static String band(Band b) {
        if (b == null) return MUTED;
        return switch (b) {
            case BEKWAAM -> SUCCESS;
            case IN_ONTWIKKELING -> BOLD;
            case NOG_NIET -> DANGER;
        };
    }
}
