package nl.coachdans.ui.menu;

import nl.coachdans.ui.BaseScreen;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ProgressBar;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.play.GameData;
import nl.coachdans.ui.widget.Ui;

import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;

/**
 * Shows progress while the content is read and checked on a background thread. The library gives
 * no per-file progress, so the bar eases towards 90% and jumps to full when loading is done; a
 * failure is shown as a message with a way out, never as a stack trace.
 */
public final class LoadingScreen extends BaseScreen {
    private final CompletableFuture<GameData> loading;
    private final Consumer<GameData> done;
    private ProgressBar bar;
    private Label status;
    private float elapsed;
    private boolean finished;

    /** {@code loading} already runs on its own thread (see Startup); this screen only watches it. */
    public LoadingScreen(UiContext ctx, CompletableFuture<GameData> loading, Consumer<GameData> done) {
        super(ctx, "loading");
        this.loading = loading;
        this.done = done;
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        root.add(ui.label(t().get("app.title"), Styles.TITLE)).padBottom(g).row();
        bar = new ProgressBar(0, 1, 0.001f, false, ui.skin());
        bar.setAnimateDuration(0.2f);
        root.add(bar).width(look().size().body() * 22f).padBottom(g).row();
        status = ui.label(t().get("loading.content"), Styles.MUTED);
        root.add(status);
    }

    @Override
    protected java.util.List<nl.coachdans.ui.widget.PauseOverlay.Action> pauseActions() {
        return java.util.List.of(
                new nl.coachdans.ui.widget.PauseOverlay.Action("resume", t().get("pause.resume"), this::closePause),
                new nl.coachdans.ui.widget.PauseOverlay.Action("quit", t().get("menu.quit"), () -> ctx.nav().quit()));
    }

    @Override
    protected void afterFirstFrame() {
        // Loading is over before a test could press F12, so this screen photographs itself.
        ctx.probe().photograph("loading-" + t().language().code());
    }

    private void failed(String why) {
        status.setText(t().format("loading.failed", why));
        status.setWrap(true);
        report("loading-failed");
    }

    @Override
    public void render(float delta) {
        elapsed += delta;
        if (!finished && bar.getValue() < 1) bar.setValue((float) (0.9 * (1 - Math.exp(-elapsed / 0.6))));
        super.render(delta);
        if (finished || !loading.isDone()) return;
        finished = true;
        try {
            GameData data = loading.join();
            bar.setValue(1);
            done.accept(data);
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            failed(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
    }
}
