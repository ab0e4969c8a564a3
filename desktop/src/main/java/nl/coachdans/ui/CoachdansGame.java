package nl.coachdans.ui;

import com.badlogic.gdx.Game;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Screen;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import nl.coachdans.catalog.ContentCatalog;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.look.LookFactory;
import nl.coachdans.play.GameData;
import nl.coachdans.play.PlaySession;
import nl.coachdans.ui.assignment.AssignmentFlow;
import nl.coachdans.ui.assignment.FileOpener;
import nl.coachdans.ui.assignment.AssignmentsScreen;
import nl.coachdans.ui.conversation.BriefingScreen;
import nl.coachdans.ui.conversation.ConversationScreen;
import nl.coachdans.ui.debrief.DebriefScreen;
import nl.coachdans.ui.progress.HistoryScreen;
import nl.coachdans.ui.menu.LoadingScreen;
import nl.coachdans.ui.menu.MenuScreen;
import nl.coachdans.ui.menu.ScenarioChoiceScreen;
import nl.coachdans.ui.settings.SettingsScreen;
import nl.coachdans.settings.Settings;
import nl.coachdans.settings.SettingsStore;
import nl.coachdans.ui.text.Texts;

import java.io.IOException;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The game: builds the look from the settings, loads the content behind the loading screen, and
 * moves between screens. Every screen it leaves is disposed; the look is rebuilt only when a
 * setting that changes it does.
 */
public final class CoachdansGame extends Game implements Navigator {
    private final GameOptions options;
    /** Made when the first session starts: nothing before the menu needs it. */
    private SplittableRandom seeds;
    private UiContext ctx;
    private LookFactory looks;
    private SpriteBatch batch;
    private boolean lintStarted;

    private final Startup startup;
    /** Files to open once the content is loaded and no conversation is on screen (command line, drop). */
    private final java.util.ArrayDeque<java.nio.file.Path> toOpen = new java.util.ArrayDeque<>();
    /** The assignment of the session being played or debriefed; "again" and "restart" go through its rules. */
    private String assignmentInPlay;
    /** An assignment whose attempt just reached its debrief: the menu shows it first, to hand in. */
    private String assignmentFinished;

    /** Open straight on a record's replay instead of the menu; null for the menu. */
    private final nl.coachdans.ui.replay.ReplayLaunch launch;

    /** Starts the window-independent start-up work at once, so it overlaps with opening the window. */
    public CoachdansGame(GameOptions options) {
        this(options, null);
    }

    /** A game that opens on a record's replay ({@code --replay}, {@code --bench-replay}) once loaded. */
    public CoachdansGame(GameOptions options, nl.coachdans.ui.replay.ReplayLaunch launch) {
        this.options = options;
        this.launch = launch;
        this.startup = new Startup(options);
    }

    @Override
    public void create() {
        Startup.Prepared p = startup.prepared();
        batch = new SpriteBatch();
        ctx = new UiContext(options, p.files(), p.store(), batch, this);
        ctx.settings(p.settings().settings());
        ctx.texts(p.texts());
        SettingsStore.Problem problem = p.settings().problem();
        if (problem != null) {
            String why = ctx.texts().format(problem.key(), problem.values().toArray());
            ctx.notice(ctx.texts().format("notice.settingsUnreadable", problem.file() + ": " + why));
        }
        looks = p.looks();
        ctx.look(looks.build(p.look()));
        if (launch == null) {
            // A plain start needs no content for the menu, so the menu comes first and the clients
            // load behind it, from the moment its first frame is drawn (a runnable posted now runs
            // after that frame); what needs them waits on the loading screen if still needed.
            menu();
            Gdx.app.postRunnable(() -> startup.data().whenComplete((data, failure) -> Gdx.app.postRunnable(() -> contentArrived(data, failure))));
        } else {
            show(new LoadingScreen(ctx, startup.data(), this::loaded));
        }
    }

    private void contentArrived(GameData data, Throwable failure) {
        if (failure != null) {
            // The loading screen shows what went wrong, with a way out.
            if (getScreen() instanceof MenuScreen) show(new LoadingScreen(ctx, startup.data(), this::loaded));
            return;
        }
        adopt(data);
        ctx.report("content-ready");
        if (getScreen() instanceof MenuScreen) menu(); // now with the resume offer and any notices
    }

    @Override
    public void whenContentReady(Runnable action) {
        if (ctx.data() != null) {
            action.run();
            return;
        }
        show(new LoadingScreen(ctx, startup.data(), data -> {
            adopt(data);
            action.run();
        }));
    }

    /** Takes the loaded content once, however it arrives. */
    private void adopt(GameData data) {
        if (ctx.data() != null) return;
        ctx.data(data);
        ctx.results(new nl.coachdans.lrs.ResultSending(options.home(), data, ctx::report));
        ctx.results().resumeWaiting();
        long unavailable = data.scenarios().stream().filter(e -> !data.usable(e)).count();
        if (unavailable > 0) ctx.notice(ctx.texts().format("notice.unavailable", unavailable));
        int aside = data.setAside().size();
        if (aside > 0) {
            ctx.notice(ctx.texts().format("notice.recordsSetAside", aside, data.setAside().get(0).to().getParent()));
        }
    }

    private void loaded(GameData data) {
        adopt(data);
        BaseScreen first = launch == null ? null : launch.open(ctx);
        if (first != null) show(first);
        else menu();
    }

    // Typed as the interface so that verifying this class loads no screen classes before the window.
    private void show(Screen next) {
        Screen old = getScreen();
        setScreen(next);
        if (old != null) old.dispose();
    }

    @Override
    public void menu() {
        assignmentInPlay = null;
        // A file given before the content was loaded opens with the first menu that has the content.
        if (ctx.data() != null && !toOpen.isEmpty()) {
            openFile(toOpen.poll());
            startFullLint();
            return;
        }
        String finished = assignmentFinished;
        assignmentFinished = null;
        if (finished != null && new AssignmentFlow(ctx).finished(finished)) return;
        show(new MenuScreen(ctx, () -> {
            options.probe().menuDrawn();
            startFullLint();
        }));
    }

    /**
     * Opens a file (an assignment, result, record or class folder). Before the content is loaded,
     * or while a conversation is on screen, it waits: the first menu shows it instead.
     */
    public void openWhenReady(java.nio.file.Path file) {
        if (ctx == null || ctx.data() == null || getScreen() instanceof ConversationScreen || getScreen() instanceof LoadingScreen) {
            toOpen.add(file);
            if (ctx != null) ctx.report("open-waiting file=" + file.getFileName());
            return;
        }
        openFile(file);
    }

    @Override
    public void openFile(java.nio.file.Path file) {
        new FileOpener(ctx).open(file);
    }

    @Override
    public void display(Screen next) {
        show(next);
    }

    /**
     * The full lint explores every path and takes seconds, so it starts once the menu is on screen
     * and its findings are swapped in when ready (cards open at that moment are redrawn).
     */
    private void startFullLint() {
        if (lintStarted || ctx.data() == null) return;
        lintStarted = true;
        GameData data = ctx.data();
        Thread worker = new Thread(() -> {
            try {
                ContentCatalog full = data.lintFully();
                Gdx.app.postRunnable(() -> {
                    data.replace(full);
                    ctx.report("lint-done");
                    if (getScreen() instanceof ScenarioChoiceScreen choice) choice.rebuild();
                });
            } catch (RuntimeException e) {
                Gdx.app.postRunnable(() -> ctx.report("lint-failed " + e.getMessage()));
            }
        }, "coachdans-lint");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    @Override
    public void chooseScenario() {
        assignmentInPlay = null;
        show(new ScenarioChoiceScreen(ctx));
    }

    @Override
    public void briefing(ContentLibrary.Entry entry) {
        assignmentInPlay = null;
        show(new BriefingScreen(ctx, entry));
    }

    @Override
    public void start(ContentLibrary.Entry entry, Mode mode) {
        String assignment = assignmentInPlay;
        assignmentInPlay = null;
        if (assignment != null && new AssignmentFlow(ctx).again(assignment, entry)) return;
        if (seeds == null) seeds = new SplittableRandom();
        PlaySession s = PlaySession.start(entry.scenario(), ctx.data().library().curriculum(), ctx.data().records(),
                ctx.settings().lang(), mode, ctx.settings().trainee(), seeds.nextLong(), ctx.clock());
        play(s);
    }

    @Override
    public void play(PlaySession session) {
        assignmentInPlay = session.record().assignment();
        if (ctx.results() != null) ctx.results().watch(session);
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
        if (data.live() && data.record() != null && data.record().assignment() != null) assignmentFinished = data.record().assignment();
        if (data.live() && data.record() != null && ctx.results() != null) {
            ctx.results().closed(new StoredRecord(null, data.record(), nl.coachdans.sessions.RecordStatus.OK, data.transcript(), data.profile(), null));
        }
        show(new nl.coachdans.ui.debrief.PearlsScreen(ctx, data));
    }

    @Override
    public void replay(DebriefScreen.Data data, java.util.function.Consumer<nl.coachdans.sessions.SessionRecord> back) {
        show(new nl.coachdans.ui.replay.ReplayScreen(ctx, data, back));
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
        if (language) ctx.texts(Texts.load(ctx.files(), next.lang()));
        Look previous = null;
        if (looksDifferent) {
            previous = ctx.look();
            ctx.look(looks.build(next.textSize(), next.highContrast()));
        }
        if (getScreen() instanceof BaseScreen screen) screen.rebuild();
        if (previous != null) previous.dispose();
        ctx.report("settings " + next.lang().code() + " " + next.textSize().code()
                + " contrast=" + next.highContrast() + " think=" + next.thinkFirst());
    }

    @Override
    public void dispose() {
        if (ctx != null && ctx.results() != null) ctx.results().close();
        Screen s = getScreen();
        if (s != null) s.dispose();
        if (ctx != null && ctx.look() != null) ctx.look().dispose();
        if (batch != null) batch.dispose();
    }
}
