package nl.coachdans.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.InputAdapter;
import com.badlogic.gdx.InputMultiplexer;
import com.badlogic.gdx.ScreenAdapter;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.utils.ScreenUtils;
import com.badlogic.gdx.utils.viewport.ScreenViewport;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.widget.FocusCycle;
import nl.coachdans.ui.widget.FocusRing;
import nl.coachdans.ui.widget.FocusScroll;
import nl.coachdans.ui.widget.PauseOverlay;
import nl.coachdans.ui.widget.Ui;

import java.util.List;

/**
 * What all screens share: a stage with a pixel-true viewport that reflows on resize, keyboard
 * focus with a visible ring, Esc for the pause overlay, and F12 for a screenshot. What the screen
 * reports to the probe waits in {@link SettledReports} until the frame it describes was drawn.
 */
public abstract class BaseScreen extends ScreenAdapter {
    protected final UiContext ctx;
    protected final Stage stage;
    protected final FocusCycle focus;
    private final SettledReports reports = new SettledReports();
    /** Made the first time Esc is pressed after a (re)build: most screens are left without it. */
    private PauseOverlay pause;
    private boolean scrollPending;
    private boolean drawn;
    private Table root;
    private FocusRing ring;
    private int lastWidth;
    private int lastHeight;
    private InputMultiplexer input;
    private boolean swallowTyped;
    /** Frames to wait before scrolling to the focus, so wrapped text has its final height. */
    private int scrollDelay;
    private final String name;

    /** {@code name}: a short stable name, used in reported events and screenshot file names. */
    protected BaseScreen(UiContext ctx, String name) {
        this.ctx = ctx;
        this.name = name;
        this.stage = new Stage(new ScreenViewport(), ctx.batch());
        this.focus = new FocusCycle(stage);
        focus.onMove(() -> {
            scrollPending = true;
            scrollDelay = 2;
        });
    }

    /** The name given at construction; a screen whose name follows its state overrides this. */
    protected String name() {
        return name;
    }

    /** Builds the screen's widgets into {@code root}, registering focusable parts with {@code ui}. */
    protected abstract void build(Table root, Ui ui);

    /** Extra words for the screenshot name (the node shown, ...); empty by default. */
    protected String detail() {
        return "";
    }

    /** The pause overlay's actions; screens add restart where it makes sense. */
    protected List<PauseOverlay.Action> pauseActions() {
        Texts t = ctx.texts();
        return List.of(
                new PauseOverlay.Action("resume", t.get("pause.resume"), this::closePause),
                new PauseOverlay.Action("menu", t.get("pause.menu"), () -> ctx.nav().menu()));
    }

    /** The pause overlay's explanation; the conversation says the session is kept. */
    protected String pauseHintKey() {
        return "pause.hintScreen";
    }

    /** Screen-specific keys, before focus navigation; return true when used. */
    protected boolean onKey(int keycode) {
        return false;
    }

    /** Any key or click, before anything else (the conversation uses it to skip typing). */
    protected void onAnyInput() {
    }

    /** Called after a resize changed the window; rebuild when the layout depends on the width. */
    protected void onResize(int width, int height) {
    }

    /** A vertical scroll area that fits its content's width; focus movement scrolls it. */
    protected ScrollPane scroll(Actor content) {
        ScrollPane sp = new ScrollPane(content, look().skin());
        sp.setScrollingDisabled(true, false);
        sp.setFadeScrollBars(false);
        sp.setSmoothScrolling(false);
        sp.setOverscroll(false, false);
        sp.setFlickScroll(false);
        // The mouse wheel scrolls whatever scroll area the pointer is over.
        sp.addListener(new com.badlogic.gdx.scenes.scene2d.InputListener() {
            @Override
            public void enter(com.badlogic.gdx.scenes.scene2d.InputEvent event, float x, float y, int pointer, Actor fromActor) {
                stage.setScrollFocus(sp);
            }
        });
        return sp;
    }

    /**
     * Page Up and Page Down scroll {@code pane} by most of its height, without moving the focus;
     * returns whether the key was one of them.
     */
    protected static boolean pageScroll(ScrollPane pane, int keycode) {
        if (keycode != Input.Keys.PAGE_DOWN && keycode != Input.Keys.PAGE_UP) return false;
        pane.setScrollY(pane.getScrollY() + pane.getHeight() * 0.85f * (keycode == Input.Keys.PAGE_DOWN ? 1 : -1));
        pane.updateVisualScroll();
        return true;
    }

    /**
     * A centred column at most {@code ems} body-text widths wide: long lines are hard to read, and
     * on a narrow window the column simply takes the window's width.
     */
    protected Table column(Actor page, float ems) {
        Table wrap = new Table();
        wrap.top();
        wrap.add(page).grow().maxWidth(look().size().body() * ems).top();
        return wrap;
    }

    protected Texts t() {
        return ctx.texts();
    }

    protected Look look() {
        return ctx.look();
    }

    @Override
    public void show() {
        rebuild();
        input = new InputMultiplexer(new Keys(), stage);
        Gdx.input.setInputProcessor(input);
    }

    /** Builds the whole screen again (after a settings change or a new node), keeping focus when possible. */
    public final void rebuild() {
        int keep = focus.index();
        stage.clear();
        focus.clear();
        root = new Table();
        root.setFillParent(true);
        stage.addActor(root);
        build(root, new Ui(look(), focus));
        pause = null;
        float thickness = look().palette().highContrast() ? 4 : 3;
        ring = new FocusRing(() -> paused() ? pause.focus().focused() : focus.focused(),
                look().white(), look().palette().focus(), thickness);
        stage.addActor(ring);
        if (focus.index() < 0 && focus.size() > 0) focus.focus(keepIndex(keep));
    }

    /** Which index to focus after a rebuild; screens that rebuild for new content start at 0. */
    protected int keepIndex(int previous) {
        return Math.max(0, Math.min(previous, focus.size() - 1));
    }

    protected void openPause() {
        if (pause == null) {
            pause = new PauseOverlay(stage, look(), t().get("pause.title"), t().get(pauseHintKey()), pauseActions());
            stage.addActor(pause.layer());
        }
        pause.show();
        ring.toFront(); // the ring stays above the overlay, or its focus would not show
        report("overlay pause items=" + String.join(",", pause.focus().ids()));
    }

    protected void closePause() {
        if (pause != null) pause.hide();
    }

    private boolean paused() {
        return pause != null && pause.open();
    }

    /** Reports an event to the probe once the next frame has been drawn and settled. */
    protected void report(String line) {
        reports.report(line);
    }

    @Override
    public void render(float delta) {
        ctx.probe().frame(System.nanoTime());
        Color bg = look().palette().background();
        ScreenUtils.clear(bg.r, bg.g, bg.b, 1f);
        stage.act(Math.min(delta, 1 / 20f));
        stage.draw();
        if (!drawn) {
            drawn = true;
            afterFirstDraw();
        }
        boolean scrolled = false;
        if (scrollPending && --scrollDelay <= 0) {
            scrollPending = false;
            scrollToFocus();
            scrolled = true;
        }
        // Events and screenshots wait until the layout and scrolling have settled.
        if (scrollPending || scrolled) return;
        reports.settled(settled, ctx::report);
    }

    /** What a settled frame reports: the screen's line, its picture, and the keys held back for it. */
    private final SettledReports.Screen settled = new SettledReports.Screen() {
        @Override
        public String screenLine() {
            return "screen " + name() + " lang=" + t().language().code() + " items=" + String.join(",", focus.ids())
                    + " focus=" + (focus.index() < 0 ? "" : focus.ids().get(focus.index()));
        }

        @Override
        public void firstSettled() {
            afterFirstFrame();
        }

        @Override
        public void photograph() {
            String d = detail();
            ctx.probe().photograph(name() + (paused() ? "-pause" : "") + (d.isEmpty() ? "" : "-" + d) + "-" + t().language().code());
        }

        @Override
        public void replay(SettledReports.HeldKey key) {
            switch (key.kind()) {
                case DOWN -> input.keyDown(key.code());
                case UP -> input.keyUp(key.code());
                case TYPED -> input.keyTyped((char) key.code());
            }
        }
    };

    /** Hook after the first frame of this screen has settled (layout and scrolling; events are reported then). */
    protected void afterFirstFrame() {
    }

    /**
     * Hook right after this screen is drawn for the first time, before any settling (the smoke test
     * measures here: a settled frame differs from the first one only in the mouse's hover).
     */
    protected void afterFirstDraw() {
    }

    /**
     * Positions scroll areas after a rebuild instead of following the focus; return true when
     * done. The conversation uses it to keep the client's words in view.
     */
    protected boolean placeScroll() {
        return false;
    }

    private void scrollToFocus() {
        // Wrapped labels learn their height only after a first layout; settle it before measuring.
        root.validate();
        root.validate();
        if (!paused() && placeScroll()) return;
        FocusScroll.bringIntoView(paused() ? pause.focus().focused() : focus.focused(), look().gap());
    }

    private static boolean isMove(int keycode) {
        return keycode == Input.Keys.UP || keycode == Input.Keys.DOWN || keycode == Input.Keys.TAB
                || keycode == Input.Keys.LEFT || keycode == Input.Keys.RIGHT;
    }

    /**
     * When the focused part was scrolled out of view (PageDown, or a long text placed above it),
     * the first arrow key brings it back instead of moving on, so the focus never moves past
     * something the trainee did not see.
     */
    private boolean revealFocus() {
        Actor a = focus.focused();
        if (a == null || focus.typingInField() || scrollPending || FocusScroll.inView(a, look().gap())) return false;
        scrollToFocus();
        return true;
    }

    @Override
    public void resize(int width, int height) {
        stage.getViewport().update(width, height, true);
        // Only a real change of size is reported, not the size every new screen starts with.
        if (lastWidth != 0 && (width != lastWidth || height != lastHeight)) report("resized " + width + "x" + height);
        lastWidth = width;
        lastHeight = height;
        onResize(width, height);
    }

    @Override
    public void hide() {
        Gdx.input.setInputProcessor(null);
    }

    @Override
    public void dispose() {
        stage.dispose();
    }

    /**
     * Global keys first: typing skip, F12, Esc, then the screen's own keys, then focus movement.
     * Keys pressed after F12 wait until the picture is taken, so it shows the moment of F12.
     */
    private final class Keys extends InputAdapter {
        @Override
        public boolean keyUp(int keycode) {
            return reports.hold(SettledReports.HeldKey.Kind.UP, keycode);
        }

        @Override
        public boolean keyTyped(char character) {
            if (reports.hold(SettledReports.HeldKey.Kind.TYPED, character)) return true;
            // The character of a key the screen already used (a "1" that chose an option) must not
            // land in a text field that the choice just brought up.
            if (swallowTyped) {
                swallowTyped = false;
                return true;
            }
            return false;
        }

        @Override
        public boolean keyDown(int keycode) {
            if (reports.hold(SettledReports.HeldKey.Kind.DOWN, keycode)) return true;
            boolean used = handleKeyDown(keycode);
            swallowTyped = used;
            return used;
        }

        private boolean handleKeyDown(int keycode) {
            onAnyInput();
            if (keycode == Input.Keys.F12) {
                // Only a game started with a screenshot folder takes pictures.
                if (ctx.probe().photographs()) reports.askShot();
                return true;
            }
            if (keycode == Input.Keys.ESCAPE) {
                if (paused()) closePause();
                else openPause();
                return true;
            }
            boolean shift = Gdx.input.isKeyPressed(Input.Keys.SHIFT_LEFT) || Gdx.input.isKeyPressed(Input.Keys.SHIFT_RIGHT);
            if (paused()) {
                pause.focus().keyDown(keycode, shift);
                return true;
            }
            if (onKey(keycode)) return true;
            if (isMove(keycode) && revealFocus()) return true;
            return focus.keyDown(keycode, shift);
        }

        @Override
        public boolean touchDown(int screenX, int screenY, int pointer, int button) {
            onAnyInput();
            return false;
        }
    }
}
