package nl.coachdans.ui.trainer;

import nl.coachdans.scenario.Language;
import nl.coachdans.ui.text.AssetFiles;
import nl.coachdans.ui.text.Texts;


/**
 * The strings of the assignment, progress and trainer screens, from {@code i18n/trainer.properties}
 * (Dutch, the default) and {@code i18n/trainer_en.properties}: a bundle of its own, loaded like the ui one.
 */
public final class TrainerTexts {
    private final Texts texts;

    private TrainerTexts(Texts texts) {
        this.texts = texts;
    }

    public static TrainerTexts load(AssetFiles files, Language language) {
        return new TrainerTexts(Texts.load(files, "trainer", language));
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
