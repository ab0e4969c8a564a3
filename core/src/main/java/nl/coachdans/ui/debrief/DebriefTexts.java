package nl.coachdans.ui.debrief;

import com.badlogic.gdx.utils.I18NBundle;
import nl.coachdans.scenario.Language;
import nl.coachdans.ui.text.PathFileHandle;

import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The strings of the debrief and the dance replay, from {@code i18n/debrief.properties} (Dutch,
 * the default) and {@code i18n/debrief_en.properties}. A bundle of their own, so the game's
 * {@code ui} bundle and this one can be edited independently; loaded the same way.
 */
public final class DebriefTexts {
    private final I18NBundle bundle;
    private final Language language;

    private DebriefTexts(I18NBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static DebriefTexts load(Path assetsRoot, Language language) {
        // Locale.ROOT for Dutch keeps I18NBundle from falling back to the computer's own locale.
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        I18NBundle b = I18NBundle.createBundle(new PathFileHandle(assetsRoot.resolve("i18n/debrief")), locale, "UTF-8");
        return new DebriefTexts(b, language);
    }

    public Language language() {
        return language;
    }

    /** The string for {@code key}; a missing key shows itself rather than crashing (a test guards them). */
    public String text(String key) {
        try {
            return bundle.get(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String text(String key, Object... args) {
        try {
            return bundle.format(key, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
