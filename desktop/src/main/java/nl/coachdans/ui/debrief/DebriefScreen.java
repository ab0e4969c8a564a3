package nl.coachdans.ui.debrief;

import nl.coachdans.engine.Transcript;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scoring.ScoreProfile;

import java.nio.file.Path;

/**
 * The way into the debrief for the rest of the game: the conversation and the history hand over a
 * {@link Data} and the navigator opens the PEARLS debrief ({@code nl.coachdans.ui.debrief}), which
 * leads on to the dance replay ({@code nl.coachdans.ui.replay}).
 */
public final class DebriefScreen {

    /**
     * One session to look back on. {@code note} explains a record's status when it is not plain OK;
     * {@code live} is true straight after playing; {@code file} is the record's file when it was
     * read from disk (null after a live session: the store knows where it keeps it).
     */
    public record Data(Scenario scenario, Curriculum curriculum, Transcript transcript, ScoreProfile profile,
                       SessionRecord record, String note, boolean live, Path file) {

        public Data(Scenario scenario, Curriculum curriculum, Transcript transcript, ScoreProfile profile,
                    SessionRecord record, String note, boolean live) {
            this(scenario, curriculum, transcript, profile, record, note, live, null);
        }

        /** The same session with its record updated (after a reflection or study marks were saved). */
        public Data withRecord(SessionRecord next) {
            return new Data(scenario, curriculum, transcript, profile, next, note, live, file);
        }
    }

    private DebriefScreen() {
    }
}
