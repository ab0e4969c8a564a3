package nl.coachdans.ui;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.record.Mode;
import nl.coachdans.record.StoredRecord;
import nl.coachdans.ui.play.PlaySession;
import nl.coachdans.ui.screen.DebriefScreen;

/** Moves between screens; implemented by the game, used by every screen. */
public interface Navigator {
    void menu();

    void chooseScenario();

    void briefing(ContentLibrary.Entry entry);

    void start(ContentLibrary.Entry entry, Mode mode);

    void play(PlaySession session);

    void resume(StoredRecord stored);

    void debrief(DebriefScreen.Data data);

    void history();

    void assignments();

    void settings();

    void quit();

    /** Saves new settings and redraws the current screen with them. */
    void applySettings(nl.coachdans.ui.settings.Settings settings);
}
