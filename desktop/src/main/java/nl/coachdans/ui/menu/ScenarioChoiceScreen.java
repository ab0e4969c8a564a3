package nl.coachdans.ui.menu;

import nl.coachdans.ui.BaseScreen;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.play.BestResults;
import nl.coachdans.ui.widget.Ui;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The scenarios as cards in a grid that reflows with the window: client, situation, difficulty,
 * frameworks, minutes and the best result so far. A scenario that failed validation is shown
 * greyed with its first error, and cannot be started.
 */
public final class ScenarioChoiceScreen extends BaseScreen {
    private BestResults best;
    private int columns;

    public ScenarioChoiceScreen(UiContext ctx) {
        super(ctx, "choice");
    }

    @Override
    public void show() {
        best = new BestResults(ctx.data().history());
        super.show();
    }

    private int columnsFor(float width) {
        return Math.max(1, Math.min(3, (int) (width / (look().size().body() * 21f))));
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        columns = columnsFor(stage.getWidth() > 0 ? stage.getWidth() : 1280);
        List<ContentLibrary.Entry> entries = ctx.data().scenarios();

        Table grid = new Table();
        grid.top().left();
        grid.defaults().pad(g * 0.5f).uniformX().growX().fillY().top();
        int i = 0;
        for (ContentLibrary.Entry e : entries) {
            grid.add(card(ui, e));
            if (++i % columns == 0) grid.row();
        }
        if (entries.isEmpty()) grid.add(ui.wrapped(t().get("choice.none"), Styles.DEFAULT)).growX();

        Table header = new Table();
        header.add(ui.label(t().get("choice.title"), Styles.HEADING)).left().expandX();
        header.add(ui.button("back", t().get("common.back"), Styles.DEFAULT, () -> ctx.nav().menu()));

        root.top().pad(g * 1.5f);
        root.add(header).growX().padBottom(g).row();
        root.add(scroll(grid)).grow().row();
        root.add(ui.wrapped(t().get("choice.keys"), Styles.MUTED)).growX().padTop(g * 0.5f).row();
        if (ctx.data().ownFolder() != null) root.add(ui.wrapped(t().format("choice.ownFolder", ctx.data().ownFolder()), Styles.SMALL)).growX();
        report("cards " + entries.stream().map(ContentLibrary.Entry::id).collect(Collectors.joining(",")));
    }

    private Button card(Ui ui, ContentLibrary.Entry e) {
        float g = ui.gap();
        boolean usable = ctx.data().usable(e);
        Scenario s = e.scenario();
        Table c = new Table();
        c.top().left();
        c.defaults().left().growX().padBottom(g * 0.35f);
        String name = s != null && s.client() != null && s.client().name() != null ? s.client().name() : e.id();
        c.add(ui.label(name, usable ? Styles.HEADING : Styles.HEADING_DISABLED)).row();
        if (ctx.data().own(e)) c.add(ui.wrapped(t().format("choice.own", e.file().getFileName()), Styles.ACCENT)).row();
        if (s != null && s.title() != null) c.add(ui.wrapped(t().of(s.title()), usable ? Styles.BOLD : Styles.DISABLED)).row();
        if (s != null && s.situation() != null) c.add(ui.wrapped(t().of(s.situation()), usable ? Styles.DEFAULT : Styles.DISABLED)).row();
        if (s != null) {
            c.add(ui.wrapped(ctx.words().difficulty(s.difficulty()) + "  \u00B7  " + t().format("choice.minutes", s.minutes()),
                    Styles.SMALL)).row();
            String fws = ctx.data().library().curriculum().frameworksOf(s).stream()
                    .map(Framework::title).map(t()::of).collect(Collectors.joining(", "));
            if (!fws.isEmpty()) c.add(ui.wrapped(t().format("choice.frameworks", fws), Styles.MUTED)).row();
        }
        if (usable) {
            String result = best.of(e.id())
                    .map(b -> t().format("choice.best", ctx.words().quality(b.quality()), b.finished()))
                    .orElse(t().get("choice.notPlayed"));
            c.add(ui.wrapped(result, Styles.ACCENT)).padTop(g * 0.3f).row();
        } else {
            c.add(ui.wrapped(t().get("choice.unavailable"), Styles.DANGER)).padTop(g * 0.3f).row();
            c.add(ui.wrapped(ctx.data().reason(e, ctx.texts().language()), Styles.MUTED)).row();
        }
        Button b = ui.container("card-" + e.id(), c, Styles.CARD, () -> {
            if (usable) ctx.nav().briefing(e);
        });
        b.setDisabled(!usable);
        return b;
    }

    @Override
    protected void onResize(int width, int height) {
        if (columns != 0 && columnsFor(width) != columns) rebuild();
    }
}
