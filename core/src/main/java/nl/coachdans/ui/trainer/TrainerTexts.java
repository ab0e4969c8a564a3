package nl.coachdans.ui.trainer;

import com.badlogic.gdx.utils.I18NBundle;
import nl.coachdans.scenario.Language;
import nl.coachdans.ui.text.PathFileHandle;

import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The strings of the assignment, progress and trainer screens, from {@code i18n/trainer.properties}
 * (Dutch, the default) and {@code i18n/trainer_en.properties}. They live in their own bundle so
 * these screens can grow without touching the game's main bundle.
 *
 * <p>The methods are called {@code text}, not {@code get}/{@code format}: the main bundle's test
 * looks for those calls and would ask for these keys in the wrong file.
 */
public final class TrainerTexts {
    private final I18NBundle bundle;
    private final Language language;

    private TrainerTexts(I18NBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static TrainerTexts load(Path assetsRoot, Language language) {
        // Locale.ROOT for Dutch, as for the main bundle: an English computer must not get English.
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        I18NBundle b = I18NBundle.createBundle(new PathFileHandle(assetsRoot.resolve("i18n/trainer")), locale, "UTF-8");
        return new TrainerTexts(b, language);
    }

    public Language language() {
        return language;
    }

    public String text(String key) {
        try {
            return bundle.get(key);
        } catch (MissingResourceException e) {
            return key; // shows itself instead of crashing; TrainerBundleTest catches it
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
