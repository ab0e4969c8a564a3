package nl.coachdans.ui.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The text sizes a trainee can choose. The body size is in pixels at a window scale of 1; every
 * other font (headings, small print) is derived from it so the whole screen grows together.
 */
public enum TextSize {
    @JsonProperty("small") SMALL(16),
    @JsonProperty("normal") NORMAL(19),
    @JsonProperty("large") LARGE(23),
    @JsonProperty("extra-large") EXTRA_LARGE(28);

    private final int body;

    TextSize(int body) {
        this.body = body;
    }

    public int body() {
        return body;
    }

    /** The i18n key of this size's name. */
    public String key() {
        return "settings.size." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
