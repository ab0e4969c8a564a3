package nl.coachdans.ui;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.play.PlaySession;
import nl.coachdans.ui.debrief.DebriefScreen;

/** Moves between screens; implemented by the game, used by every screen. */
public interface Navigator {
    void menu();

    void chooseScenario();

    /** Runs {@code action} once the clients are loaded, showing the loading screen meanwhile if needed. */
    void whenContentReady(Runnable action);

    void briefing(ContentLibrary.Entry entry);

    void start(ContentLibrary.Entry entry, Mode mode);

    void play(PlaySession session);

    void resume(StoredRecord stored);

    void debrief(DebriefScreen.Data data);

    /** The dance replay of a session; {@code back} gets the record (with any study marks) on leaving. */
    void replay(DebriefScreen.Data data, java.util.function.Consumer<nl.coachdans.sessions.SessionRecord> back);

    void history();

    void assignments();

    void settings();

    void quit();

    /** Saves new settings and redraws the current screen with them. */
    void applySettings(nl.coachdans.settings.Settings settings);

    /**
     * Shows a screen of a feature package (assignments, progress, the trainer's report). Typed as
     * libGDX's interface so that verifying a caller (the menu) does not load the screens it names.
     */
    void display(com.badlogic.gdx.Screen screen);

    /** Opens a file given on the command line, dropped on the window or typed in (see FileOpener). */
    void openFile(java.nio.file.Path file);
}
