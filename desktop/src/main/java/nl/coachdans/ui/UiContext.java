package nl.coachdans.ui;

import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import nl.coachdans.ui.look.Look;
import nl.coachdans.play.GameData;
import nl.coachdans.settings.Settings;
import nl.coachdans.settings.SettingsStore;
import nl.coachdans.ui.text.AssetFiles;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.text.Words;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What every screen needs: options, settings, strings, the current look, the loaded data and the
 * navigator. One instance per game (no static state); the look and texts are swapped when the
 * trainee changes a setting.
 */
public final class UiContext {
    private final GameOptions options;
    private final AssetFiles files;
    private final SettingsStore settingsStore;
    private final SpriteBatch batch;
    private final Navigator navigator;
    private final Clock clock = Clock.systemUTC();
    private final List<String> notices = new ArrayList<>();
    private Settings settings;
    private Texts texts;
    /** The debrief's and the trainer screens' own bundles, read on first use in the current language. */
    private FeatureTexts debriefTexts;
    private FeatureTexts trainerTexts;
    private Look look;
    private GameData data;
    /** Sending to an assignment's learning record store; null until the content is loaded. */
    private nl.coachdans.lrs.ResultSending results;

    UiContext(GameOptions options, AssetFiles files, SettingsStore settingsStore, SpriteBatch batch, Navigator navigator) {
        this.options = options;
        this.files = files;
        this.settingsStore = settingsStore;
        this.batch = batch;
        this.navigator = navigator;
    }

    public GameOptions options() {
        return options;
    }

    /** The screens' own files (string bundles, fonts). */
    public AssetFiles files() {
        return files;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    public SpriteBatch batch() {
        return batch;
    }

    public Navigator nav() {
        return navigator;
    }

    public Clock clock() {
        return clock;
    }

    public Settings settings() {
        return settings;
    }

    public Texts texts() {
        return texts;
    }

    public FeatureTexts debriefTexts() {
        if (debriefTexts == null) debriefTexts = FeatureTexts.load(files, "debrief", texts.language());
        return debriefTexts;
    }

    public FeatureTexts trainerTexts() {
        if (trainerTexts == null) trainerTexts = FeatureTexts.load(files, "trainer", texts.language());
        return trainerTexts;
    }

    public Words words() {
        return new Words(texts);
    }

    public Look look() {
        return look;
    }

    public GameData data() {
        return data;
    }

    /** Messages for the menu (a settings file set aside, records moved aside ...), shown once. */
    public List<String> takeNotices() {
        List<String> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    /** The messages waiting, left for a later {@link #takeNotices}. */
    public List<String> peekNotices() {
        return List.copyOf(notices);
    }

    public void notice(String message) {
        notices.add(message);
    }

    void settings(Settings s) {
        this.settings = s;
    }

    void texts(Texts t) {
        this.texts = t;
        debriefTexts = null;
        trainerTexts = null;
    }

    void look(Look l) {
        this.look = l;
    }

    void data(GameData d) {
        this.data = d;
    }

    /** What is being sent to a learning record store; quiet (nothing) until the content is loaded. */
    public nl.coachdans.lrs.SendStatus sendStatus() {
        return results == null ? nl.coachdans.lrs.SendStatus.NOTHING : results.status();
    }

    nl.coachdans.lrs.ResultSending results() {
        return results;
    }

    void results(nl.coachdans.lrs.ResultSending r) {
        this.results = r;
    }

    /** Reports one observable event to the probe (see {@link GameProbe#event}). */
    public void report(String line) {
        options.probe().event(line);
    }

    /** Where the game reports what it does; does nothing in a plain game. */
    public GameProbe probe() {
        return options.probe();
    }
}
