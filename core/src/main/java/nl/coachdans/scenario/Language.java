package nl.coachdans.scenario;

import java.util.Locale;

/** The languages every user-visible text exists in; Dutch is the default. */
public enum Language {
    NL, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "nl" or "en" (any case); unknown codes give null so callers can report them. */
    public static Language fromCode(String code) {
        if (code == null) return null;
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code.trim())) return l;
        }
        return null;
    }
}
