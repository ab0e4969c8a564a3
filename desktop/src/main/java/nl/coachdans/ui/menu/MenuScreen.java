package nl.coachdans.ui.menu;

import nl.coachdans.ui.BaseScreen;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.Session;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.Replays;
import nl.coachdans.lrs.SendStatus;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.progress.ProgressScreen;
import nl.coachdans.ui.trainer.TrainerScreen;
import nl.coachdans.ui.widget.PauseOverlay;
import nl.coachdans.ui.widget.Ui;

import java.util.List;
import java.util.Optional;

/** The main menu: resume (when a session was left unfinished), play, assignments, progress, settings, quit. */
public final class MenuScreen extends BaseScreen {
    /**
     * The items in order; each id is also its string key ({@code menu.<id>}) and its focus id.
     * One action for all of them keeps the first frame from making a class per button.
     */
    private static final List<String> ITEMS = List.of("play", "assignments", "history", "progress", "trainer", "settings", "quit");

    private final Runnable firstFrame;
    private final List<String> notices;
    private Optional<StoredRecord> unfinished = Optional.empty();
    /** The sending status the menu shows; the sender works in the background, so it is checked every frame. */
    private SendStatus.Summary sending;

    /** {@code firstFrame} runs right after the menu is first drawn (the smoke test); may be null. */
    public MenuScreen(UiContext ctx, Runnable firstFrame) {
        super(ctx, "menu");
        this.firstFrame = firstFrame;
        // The menu before the clients are in is replaced by one with them a moment later: that one
        // takes the messages, so they stay on screen instead of flashing by.
        this.notices = ctx.data() == null ? ctx.peekNotices() : ctx.takeNotices();
    }

    @Override
    protected String name() {
        return unfinished.isPresent() ? "menu-resume" : "menu";
    }

    @Override
    public void show() {
        unfinished = ctx.data() == null ? Optional.empty() : ctx.data().unfinished();
        super.show();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        float width = look().size().body() * 24f;
        Table col = new Table();
        col.defaults().growX();
        col.add(ui.label(t().get("app.title"), Styles.TITLE)).fill(false, false).padBottom(g * 0.3f).row();
        col.add(ui.wrapped(t().get("menu.subtitle"), Styles.MUTED)).prefWidth(width).padBottom(g).row();
        String name = ctx.settings().trainee();
        if (!name.isEmpty()) col.add(ui.label(t().format("menu.welcome", name), Styles.BOLD)).left().padBottom(g).row();
        for (String n : notices) col.add(ui.wrapped(n, Styles.WARNING)).prefWidth(width).padBottom(g * 0.5f).row();
        sending(col, ui, width);
        if (ctx.data() == null) col.add(ui.wrapped(t().get("menu.loadingContent"), Styles.MUTED)).prefWidth(width).padBottom(g * 0.5f).row();

        if (unfinished.isPresent()) {
            StoredRecord r = unfinished.get();
            ContentLibrary.Entry e = ctx.data().library().scenario(r.record().scenario());
            String who = e != null && e.scenario() != null && e.scenario().client() != null ? e.scenario().client().name() : r.record().scenario();
            String text = t().format("menu.resume", who, r.record().choices().size() + 1, ctx.words().mode(r.record().mode()));
            col.add(ui.wrappingButton("resume", text, Styles.PRIMARY, () -> ctx.nav().resume(r))).prefWidth(width).padBottom(g * 0.8f).row();
            if (e != null && ctx.data().usable(e)) {
                Session s = Replays.session(r.record(), e.scenario(), ctx.data().library().curriculum());
                report("resume-offered scenario=" + r.record().scenario() + " turns=" + r.record().choices().size() + " node=" + s.current().id());
            }
        }
        boolean primaryPlay = unfinished.isEmpty();
        for (String item : ITEMS) {
            String style = item.equals("play") && primaryPlay ? Styles.PRIMARY : Styles.DEFAULT;
            float below = item.equals("quit") ? g : g * 0.6f;
            col.add(ui.button(item, t().get("menu." + item), style, () -> choose(item))).prefWidth(width).padBottom(below).row();
        }
        col.add(ui.wrapped(t().get("menu.keys"), Styles.MUTED)).prefWidth(width).row();
        // The column may shrink below its preferred width on a small window; its texts wrap.
        root.add(scroll(col)).prefWidth(width + look().gap() * 2).minWidth(0).center().pad(ui.gap());
    }

    @Override
    public void render(float delta) {
        if (sending != null && !sending.equals(ctx.sendStatus().summary())) rebuild();
        super.render(delta);
    }

    /** The learning record store's status, quietly: only when there is something to tell. */
    private void sending(Table col, Ui ui, float width) {
        SendStatus st = ctx.sendStatus();
        sending = st.summary();
        float g = ui.gap();
        if (st.problem() != null) {
            String key = st.problem().kind() == SendStatus.Problem.Kind.NO_ACCESS ? "lrs.noAccess" : "lrs.notQueued";
            col.add(ui.wrapped(t().get(key), Styles.WARNING)).prefWidth(width).padBottom(g * 0.5f).row();
        }
        if (st.waiting() > 0) {
            // "They go by themselves" is only true while the store lets Coachdans in.
            String waiting = t().format("lrs.waiting", st.waiting()) + (st.problem() == null ? " " + t().get("lrs.whenOnline") : "");
            col.add(ui.wrapped(waiting, Styles.MUTED)).prefWidth(width).padBottom(g * 0.3f).row();
        }
        if (st.refused() > 0) col.add(ui.wrapped(t().format("lrs.refused", st.refused()), Styles.MUTED)).prefWidth(width).padBottom(g * 0.3f).row();
        if (!st.arrived().isEmpty()) {
            col.add(ui.wrapped(t().format("lrs.arrived", st.arrived().size()), Styles.MUTED)).prefWidth(width).padBottom(g * 0.5f).row();
        }
        if (!st.sessions().isEmpty() || st.problem() != null) {
            report("lrs-status waiting=" + st.waiting() + " refused=" + st.refused() + " arrived=" + st.arrived().size()
                    + " problem=" + (st.problem() == null ? "none" : st.problem().kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** What a menu item does; the items share this one action, named by their id. */
    private void choose(String item) {
        switch (item) {
            case "play" -> ctx.nav().whenContentReady(() -> ctx.nav().chooseScenario());
            case "assignments" -> ctx.nav().whenContentReady(() -> ctx.nav().assignments());
            case "history" -> ctx.nav().whenContentReady(() -> ctx.nav().history());
            case "progress" -> ctx.nav().whenContentReady(() -> ctx.nav().display(new ProgressScreen(ctx)));
            case "trainer" -> ctx.nav().whenContentReady(() -> ctx.nav().display(new TrainerScreen(ctx)));
            case "settings" -> ctx.nav().settings();
            case "quit" -> ctx.nav().quit();
            default -> throw new IllegalArgumentException("no menu item " + item);
        }
    }

    @Override
    protected List<PauseOverlay.Action> pauseActions() {
        return List.of(
                new PauseOverlay.Action("resume", t().get("pause.resume"), this::closePause),
                new PauseOverlay.Action("quit", t().get("menu.quit"), () -> ctx.nav().quit()));
    }

    @Override
    protected void afterFirstDraw() {
        if (firstFrame != null) firstFrame.run();
    }
}
