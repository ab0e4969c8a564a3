package nl.coachdans.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three-point band every score axis gets: nog niet / in ontwikkeling / bekwaam. */
public enum Band {
    NOG_NIET("nog-niet"),
    IN_ONTWIKKELING("in-ontwikkeling"),
    BEKWAAM("bekwaam");

    private final String code;

    Band(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Band fromCode(String code) {
        for (Band b : values()) if (b.code.equals(code)) return b;
        return null;
    }
}
