package nl.coachdans.classreport;

import nl.coachdans.scenario.Language;
import nl.coachdans.scoring.Band;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.words.WordBook;

/**
 * The fixed words of the HTML class report in Dutch or English, from the game's own bundles: the
 * report's headings are the {@code html.*} keys of {@code trainer}, and bands, file states and study
 * reactions are named exactly as the screens name them.
 */
final class ReportWords {
    private final WordBook trainer;
    private final WordBook ui;

    ReportWords(Language language) {
        this.trainer = WordBook.load("trainer", language);
        this.ui = WordBook.load("ui", language);
    }

    String get(String key) {
        return trainer.text("html." + key);
    }

    /** Why a file or record has its status, in the report's language; empty when there is nothing to say. */
    String explain(nl.coachdans.files.Explanation why) {
        return why == null ? "" : why.render(trainer);
    }

    String band(Band b) {
        return b == null ? get("noBand") : ui.text("band." + b.code());
    }

    String status(RecordStatus s) {
        return trainer.text("status." + s.code());
    }

    String reaction(Annotation.Reaction r) {
        return trainer.text("reaction." + r.code());
    }

    /** A band key in words: {@code ervaringsleren.steps} becomes "ervaringsleren · stappen". */
    String axis(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? axisWord(key) : key.substring(0, dot) + " \u00b7 " + axisWord(key);
    }

    /** The axis without its framework: "stappen", "risico’s", "einde", "dans". */
    String axisWord(String key) {
        if (key.equals("ending")) return get("endingAxis");
        if (key.equals("dance")) return get("danceAxis");
        String part = key.substring(key.lastIndexOf('.') + 1);
        return part.equals("steps") ? get("steps") : part.equals("risks") ? get("risksAxis") : part;
    }
}
