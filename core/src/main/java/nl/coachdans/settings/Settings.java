package nl.coachdans.settings;

import nl.coachdans.scenario.Language;

/**
 * The trainee's preferences, as stored in {@code settings.json}. Immutable: every change makes a
 * new value, so a half-applied change can never be saved.
 */
public record Settings(String language, TextSize textSize, boolean highContrast, boolean thinkFirst, String trainee) {

    public static final int MAX_NAME = 60;

    public Settings {
        Language parsed = Language.fromCode(language);
        language = (parsed == null ? Language.NL : parsed).code();
        textSize = textSize == null ? TextSize.NORMAL : textSize;
        trainee = trainee == null ? "" : trainee.strip();
        if (trainee.length() > MAX_NAME) trainee = trainee.substring(0, MAX_NAME);
    }

    public static Settings defaults() {
        return new Settings("nl", TextSize.NORMAL, false, false, "");
    }

    public Language lang() {
        return Language.fromCode(language);
    }

    public Settings withLanguage(Language l) {
        return new Settings(l.code(), textSize, highContrast, thinkFirst, trainee);
    }

    public Settings withTextSize(TextSize s) {
        return new Settings(language, s, highContrast, thinkFirst, trainee);
    }

    public Settings withHighContrast(boolean on) {
        return new Settings(language, textSize, on, thinkFirst, trainee);
    }

    public Settings withThinkFirst(boolean on) {
        return new Settings(language, textSize, highContrast, on, trainee);
    }

    public Settings withTrainee(String name) {
        return new Settings(language, textSize, highContrast, thinkFirst, name);
    }
}
