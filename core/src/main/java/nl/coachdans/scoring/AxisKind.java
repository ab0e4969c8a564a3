package nl.coachdans.scoring;

/**
 * What a score axis measures. Steps and risks are measured per framework; the ending and the dance
 * once per session. {@code word} is the axis's part of its key in files.
 */
public enum AxisKind {
    STEPS("steps", true),
    RISKS("risks", true),
    ENDING("ending", false),
    DANCE("dance", false);

    private final String word;
    private final boolean perFramework;

    AxisKind(String word, boolean perFramework) {
        this.word = word;
        this.perFramework = perFramework;
    }

    /** The kind's word in a key: {@code FRAMEWORK.steps}, {@code FRAMEWORK.risks}, {@code ending}, {@code dance}. */
    public String word() {
        return word;
    }

    public boolean perFramework() {
        return perFramework;
    }
}
