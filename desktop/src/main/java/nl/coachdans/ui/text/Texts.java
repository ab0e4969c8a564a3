package nl.coachdans.ui.text;

import com.badlogic.gdx.utils.I18NBundle;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.LocalizedText;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The user-interface strings of one language, from {@code i18n/ui.properties} (Dutch, the
 * default) and {@code i18n/ui_en.properties}. Scenario texts do not live here: they come from the
 * content in both languages ({@link #of(LocalizedText)}).
 */
public final class Texts {
    private final I18NBundle bundle;
    private final Language language;

    private Texts(I18NBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static Texts load(AssetFiles files, Language language) {
        return load(files, "ui", language);
    }

    /**
     * The strings of one bundle under {@code i18n/} (the debrief and trainer screens keep their own,
     * so each can be edited on its own).
     */
    public static Texts load(AssetFiles files, String bundleName, Language language) {
        // Dutch is the base bundle; asking for Locale.ROOT keeps I18NBundle from falling back to
        // the computer's default locale (an English system would otherwise get English).
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.ROOT;
        I18NBundle b = I18NBundle.createBundle(files.file("i18n/" + bundleName), locale, "UTF-8");
        return new Texts(b, language);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.get(key);
        } catch (MissingResourceException e) {
            return key; // a missing key shows itself instead of crashing; the bundle test catches it
        }
    }

    public String format(String key, Object... args) {
        try {
            return bundle.format(key, args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A content text in the current language (falling back to the other one when missing). */
    public String of(LocalizedText text) {
        return text == null ? "" : nullToEmpty(text.in(language));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
