package nl.coachdans.settings;

/**
 * The text sizes a trainee can choose. The body size is in pixels at a window scale of 1; every
 * other font (headings, small print) is derived from it so the whole screen grows together.
 */
public enum TextSize {
    SMALL(16),
    NORMAL(19),
    LARGE(23),
    EXTRA_LARGE(28);

    private final int body;

    TextSize(int body) {
        this.body = body;
    }

    public int body() {
        return body;
    }

    /** The name in the settings file and in the strings: small, normal, large, extra-large. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The size with this code, or null for an unknown one. */
    public static TextSize fromCode(String code) {
        for (TextSize s : values()) if (s.code().equals(code)) return s;
        return null;
    }

    /** The i18n key of this size's name. */
    public String key() {
        return "settings.size." + code();
    }
}
