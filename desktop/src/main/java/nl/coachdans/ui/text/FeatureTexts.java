package nl.coachdans.ui.text;

import nl.coachdans.files.Explanation;
import nl.coachdans.scenario.Language;

/**
 * The strings of a feature's own bundle: {@code debrief} (the debrief and the dance replay) or
 * {@code trainer} (assignments, progress and the trainer's report), Dutch by default with an
 * {@code _en} file beside it. They are asked for with {@code text(...)} rather than the ui bundle's
 * {@code get}/{@code format}, so each bundle's key check can tell its keys from the ui ones.
 */
public final class FeatureTexts {
    private final Texts texts;

    private FeatureTexts(Texts texts) {
        this.texts = texts;
    }

    public static FeatureTexts load(AssetFiles files, String bundleName, Language language) {
        return new FeatureTexts(Texts.load(files, bundleName, language));
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

    /**
     * Why a file or record has a problem, in this language; null when there is nothing to say.
     * Its {@code file.*} keys are in the trainer bundle, so ask the trainer's texts.
     */
    public String explain(Explanation why) {
        return Explanation.render(why, this::text);
    }
}
