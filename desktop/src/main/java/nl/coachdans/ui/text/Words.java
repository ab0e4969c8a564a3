package nl.coachdans.ui.text;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scoring.Band;

import java.util.Locale;

/** The localized names of domain values (bands, endings, modes, record states, difficulty). */
public final class Words {
    private final Texts texts;

    public Words(Texts texts) {
        this.texts = texts;
    }

    public String band(Band band) {
        return band == null ? "" : texts.get("band." + band.code());
    }

    public String quality(Quality quality) {
        return quality == null ? "" : texts.get("quality." + quality.code());
    }

    public String mode(Mode mode) {
        return texts.get(mode == Mode.EXAM ? "mode.exam" : "mode.practice");
    }

    public String status(RecordStatus status) {
        return texts.get("status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** Difficulty 1..3 as filled and open dots plus a word, e.g. "●●○ gemiddeld". */
    public String difficulty(int level) {
        int d = Math.max(1, Math.min(3, level));
        return "\u25CF".repeat(d) + "\u25CB".repeat(3 - d) + " " + texts.get("difficulty." + d);
    }
}
