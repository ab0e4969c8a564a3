package nl.coachdans.classreport;

import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.scenario.Language;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.words.WordBook;

/**
 * The fixed words of the HTML class report in Dutch or English, from the game's own bundles: the
 * report's headings are the {@code html.*} keys of {@code trainer}, and bands, file states and study
 * reactions are named exactly as the screens name them.
 */
public final class ReportWords {
    private final WordBook trainer;
    private final WordBook ui;

    public ReportWords(Language language) {
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

    /** Why one criterion of an assignment was not met, in the words the game uses (check.*). */
    public String failure(AssignmentRules.Check c) {
        return switch (c.criterion()) {
            case READABLE -> trainer.text("check.readable");
            case ASSIGNMENT -> trainer.text("check.assignment");
            case SCENARIO -> trainer.text("check.scenario");
            case MODE -> trainer.text("check.mode");
            case FINISHED -> trainer.text("check.finished");
            case BAND -> c.actual() == null ? trainer.text("check.bandMissing", axis(c.axis()), band(c.required()))
                    : trainer.text("check.band", axis(c.axis()), band(c.actual()), band(c.required()));
            case NO_CRITICAL_RISK -> trainer.text("check.critical");
        };
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

    /** An axis in words: the steps of ervaringsleren become "ervaringsleren · stappen". */
    String axis(Axis axis) {
        return axis.framework() == null ? axisWord(axis) : axis.framework() + " \u00b7 " + axisWord(axis);
    }

    /** The axis without its framework: "stappen", "risico’s", "einde", "dans". */
    String axisWord(Axis axis) {
        return get(switch (axis.kind()) {
            case STEPS -> "steps";
            case RISKS -> "risksAxis";
            case ENDING -> "endingAxis";
            case DANCE -> "danceAxis";
        });
    }
}
