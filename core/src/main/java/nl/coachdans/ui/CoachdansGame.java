package nl.coachdans.ui;

import com.badlogic.gdx.Game;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Screen;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.record.Mode;
import nl.coachdans.record.StoredRecord;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.look.LookFactory;
import nl.coachdans.ui.play.GameData;
import nl.coachdans.ui.play.PlaySession;
import nl.coachdans.ui.screen.AssignmentsScreen;
import nl.coachdans.ui.screen.BaseScreen;
import nl.coachdans.ui.screen.BriefingScreen;
import nl.coachdans.ui.screen.ConversationScreen;
import nl.coachdans.ui.screen.DebriefScreen;
import nl.coachdans.ui.screen.HistoryScreen;
import nl.coachdans.ui.screen.LoadingScreen;
import nl.coachdans.ui.screen.MenuScreen;
import nl.coachdans.ui.screen.ScenarioChoiceScreen;
import nl.coachdans.ui.screen.SettingsScreen;
import nl.coachdans.ui.settings.Settings;
import nl.coachdans.ui.text.Texts;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The game: builds the look from the settings, loads the content behind the loading screen, and
 * moves between screens. Every screen it leaves is disposed; the look is rebuilt only when a
 * setting that changes it does.
 */
public final class CoachdansGame extends Game implements Navigator {
    private final GameOptions options;
    private final SplittableRandom seeds = new SplittableRandom();
    private UiContext ctx;
    private LookFactory looks;
    private SpriteBatch batch;
    private boolean lintStarted;

    private final Startup startup;

    /** Starts the window-independent start-up work at once, so it overlaps with opening the window. */
    public CoachdansGame(GameOptions options) {
        this.options = options;
        this.startup = new Startup(options);
    }

    @Override
    public void create() {
        Startup.Prepared p;
        try {
            p = startup.prepared();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("cannot prepare the fonts and texts: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
        batch = new SpriteBatch();
        ctx = new UiContext(options, startup.assets(), p.store(), batch, this);
        ctx.settings(p.settings().settings());
        ctx.texts(p.texts());
        if (p.settings().problem() != null) ctx.notice(ctx.texts().format("notice.settingsUnreadable", p.settings().problem()));
        looks = p.looks();
        ctx.look(looks.build(p.settings().settings().textSize(), p.settings().settings().highContrast(), p.fonts()));
        show(new LoadingScreen(ctx, startup.data(), this::loaded));
    }

    private void loaded(GameData data) {
        ctx.data(data);
        long unavailable = data.scenarios().stream().filter(e -> !data.usable(e)).count();
        if (unavailable > 0) ctx.notice(ctx.texts().format("notice.unavailable", unavailable));
        menu();
    }

    private void show(BaseScreen next) {
        Screen old = getScreen();
        setScreen(next);
        if (old != null) old.dispose();
    }

    @Override
    public void menu() {
        show(new MenuScreen(ctx, options.smoke() ? this::smokeDone : this::startFullLint));
    }

    /**
     * The full lint explores every path and takes seconds, so it starts once the menu is on screen
     * and its findings are swapped in when ready (cards open at that moment are redrawn).
     */
    private void startFullLint() {
        if (lintStarted) return;
        lintStarted = true;
        GameData data = ctx.data();
        Thread worker = new Thread(() -> {
            try {
                ContentLibrary full = data.lintFully();
                Gdx.app.postRunnable(() -> {
                    data.replace(full);
                    ctx.trace("lint-done");
                    if (getScreen() instanceof ScenarioChoiceScreen choice) choice.rebuild();
                });
            } catch (RuntimeException e) {
                Gdx.app.postRunnable(() -> ctx.trace("lint-failed " + e.getMessage()));
            }
        }, "coachdans-lint");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    private void smokeDone() {
        long start = options.startMillis() > 0 ? options.startMillis() : ManagementFactory.getRuntimeMXBean().getStartTime();
        options.out().accept("first menu frame: " + (System.currentTimeMillis() - start) + " ms");
        Gdx.app.exit();
    }

    @Override
    public void chooseScenario() {
        show(new ScenarioChoiceScreen(ctx));
    }

    @Override
    public void briefing(ContentLibrary.Entry entry) {
        show(new BriefingScreen(ctx, entry));
    }

    @Override
    public void start(ContentLibrary.Entry entry, Mode mode) {
        PlaySession s = PlaySession.start(entry.scenario(), ctx.data().library().curriculum(), ctx.data().records(),
                ctx.settings().lang(), mode, ctx.settings().trainee(), seeds.nextLong(), ctx.clock());
        play(s);
    }

    @Override
    public void play(PlaySession session) {
        show(new ConversationScreen(ctx, session));
    }

    @Override
    public void resume(StoredRecord stored) {
        var entry = ctx.data().usable(stored.record().scenario());
        if (entry.isEmpty()) {
            menu();
            return;
        }
        play(PlaySession.resume(stored.record(), entry.get().scenario(), ctx.data().library().curriculum(),
                ctx.data().records(), ctx.clock()));
    }

    @Override
    public void debrief(DebriefScreen.Data data) {
        show(new DebriefScreen(ctx, data));
    }

    @Override
    public void history() {
        show(new HistoryScreen(ctx));
    }

    @Override
    public void assignments() {
        show(new AssignmentsScreen(ctx));
    }

    @Override
    public void settings() {
        show(new SettingsScreen(ctx));
    }

    @Override
    public void quit() {
        Gdx.app.exit();
    }

    @Override
    public void applySettings(Settings next) {
        Settings old = ctx.settings();
        if (next.equals(old)) return;
        ctx.settings(next);
        try {
            ctx.settingsStore().save(next);
        } catch (IOException | RuntimeException e) {
            ctx.notice(ctx.texts().format("notice.settingsNotSaved", e.getMessage()));
        }
        boolean language = next.lang() != old.lang();
        boolean looksDifferent = next.textSize() != old.textSize() || next.highContrast() != old.highContrast();
        if (!language && !looksDifferent && Objects.equals(next.thinkFirst(), old.thinkFirst())) return; // only the name
        if (language) ctx.texts(Texts.load(ctx.assets(), next.lang()));
        Look previous = null;
        if (looksDifferent) {
            previous = ctx.look();
            ctx.look(looks.build(next.textSize(), next.highContrast()));
        }
        if (getScreen() instanceof BaseScreen screen) screen.rebuild();
        if (previous != null) previous.dispose();
        ctx.trace("settings " + next.lang().code() + " " + next.textSize().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + " contrast=" + next.highContrast() + " think=" + next.thinkFirst());
    }

    @Override
    public void dispose() {
        Screen s = getScreen();
        if (s != null) s.dispose();
        if (ctx != null && ctx.look() != null) ctx.look().dispose();
        if (batch != null) batch.dispose();
    }
}
