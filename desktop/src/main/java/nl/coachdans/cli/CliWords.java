package nl.coachdans.cli;

import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Band;
import nl.coachdans.words.WordBook;

import java.util.Locale;

/**
 * The words the command line prints, from the program's string bundles ({@code i18n/ui} and
 * {@code i18n/debrief}, Dutch or English) that the game reads too, so {@code play --lang en} says
 * "competent" where the game does.
 */
final class CliWords {
    private final WordBook ui;
    private final WordBook debrief;

    private CliWords(WordBook ui, WordBook debrief) {
        this.ui = ui;
        this.debrief = debrief;
    }

    static CliWords load(Language language) {
        return new CliWords(WordBook.load("ui", language), WordBook.load("debrief", language));
    }

    /**
     * The language a {@code --lang} option names, or a user error that says which ones there are, in
     * both languages on one line (the reader's language is what is unknown).
     */
    static Language language(String code) {
        Language language = Language.fromCode(code);
        if (language == null) {
            String name = TerminalText.name(code);
            throw new UserError(WordBook.load("trainer", Language.NL).text("console.error.unknownLanguage", name) + " / "
                    + WordBook.load("trainer", Language.EN).text("console.error.unknownLanguage", name), 2);
        }
        return language;
    }

    /** The language a {@code --lang} option names, or Dutch when it names none; for lines said after the command ran. */
    static Language languageOr(String code) {
        Language language = Language.fromCode(code);
        return language != null ? language : Language.NL;
    }

    /** The band's name in this language ("bekwaam" / "competent"). */
    String band(Band band) {
        return ui.text("band." + band.code());
    }

    /** A risk's severity as the debrief names it ("waarschuwing" / "warning"). */
    String severity(Severity severity) {
        return ui.text("debrief.severity." + severity.name().toLowerCase(Locale.ROOT));
    }

    /** A string of the debrief bundle (the dance's, the transcript's and the sheet's words), or the key when it is missing. */
    String debrief(String key) {
        return debrief.text(key);
    }

    String debrief(String key, Object... args) {
        return debrief.text(key, args);
    }
}
