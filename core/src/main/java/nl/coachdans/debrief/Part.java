package nl.coachdans.debrief;

/** The four parts of the debrief, in the order of PEARLS. */
public enum Part {
    REACTIONS("reactions"),
    DESCRIPTION("description"),
    ANALYSIS("analysis"),
    SUMMARY("summary");

    private final String code;

    Part(String code) {
        this.code = code;
    }

    /** A short stable name, for trace lines, screenshot names and bundle keys. */
    public String code() {
        return code;
    }

    public int number() {
        return ordinal() + 1;
    }

    public Part next() {
        return this == SUMMARY ? SUMMARY : values()[ordinal() + 1];
    }

    public Part previous() {
        return this == REACTIONS ? REACTIONS : values()[ordinal() - 1];
    }
}
