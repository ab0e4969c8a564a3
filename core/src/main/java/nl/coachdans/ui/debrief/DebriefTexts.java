package nl.coachdans.ui.debrief;

import nl.coachdans.scenario.Language;
import nl.coachdans.ui.text.AssetFiles;
import nl.coachdans.ui.text.Texts;


/**
 * The strings of the debrief and the dance replay, from {@code i18n/debrief.properties} (Dutch,
 * the default) and {@code i18n/debrief_en.properties}: a bundle of its own, loaded like the ui one.
 */
public final class DebriefTexts {
    private final Texts texts;

    private DebriefTexts(Texts texts) {
        this.texts = texts;
    }

    public static DebriefTexts load(AssetFiles files, Language language) {
        return new DebriefTexts(Texts.load(files, "debrief", language));
    }

    public Language language() {
        return texts.language();
    }

    /** The string for {@code key}; a missing key shows itself rather than crashing (a test guards them). */
    public String text(String key) {
        return texts.get(key);
    }

    public String text(String key, Object... args) {
        return texts.format(key, args);
    }
}
