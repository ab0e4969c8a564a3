package nl.coachdans.ui.conversation;

import nl.coachdans.ui.BaseScreen;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.Value;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.Mode;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

/** What the coach knows before the talk: who the client is, the situation, the briefing, the frameworks; then practice or exam. */
public final class BriefingScreen extends BaseScreen {
    private final ContentLibrary.Entry entry;
    private boolean narrowLayout;

    public BriefingScreen(UiContext ctx, ContentLibrary.Entry entry) {
        super(ctx, "briefing");
        this.entry = entry;
    }

    @Override
    protected String detail() {
        return entry.id();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Scenario s = entry.scenario();

        // Right: who, how long, and the start buttons, always in view. Left: the reading, scrollable.
        Table side = new Table();
        side.top();
        side.defaults().growX().left();
        Table buttons = new Table();
        buttons.defaults().growX().left();
        buttons.add(ui.button("practice", t().get("briefing.practice"), Styles.PRIMARY, () -> ctx.nav().start(entry, Mode.PRACTICE))).row();
        buttons.add(ui.wrapped(t().get("briefing.practiceHint"), Styles.MUTED)).padTop(g * 0.3f).padBottom(g).row();
        buttons.add(ui.button("exam", t().get("briefing.exam"), Styles.DEFAULT, () -> ctx.nav().start(entry, Mode.EXAM))).row();
        buttons.add(ui.wrapped(t().get("briefing.examHint"), Styles.MUTED)).padTop(g * 0.3f).padBottom(g).row();
        Table back = new Table();
        back.add(ui.button("back", t().get("common.back"), Styles.DEFAULT, () -> ctx.nav().chooseScenario()));

        Table client = ui.panel(Styles.PANEL);
        client.defaults().left().growX();
        client.add(ui.label(s.client().name(), Styles.HEADING)).row();
        if (s.client().role() != null) client.add(ui.wrapped(t().of(s.client().role()), Styles.MUTED)).padBottom(g * 0.4f).row();
        if (s.client().background() != null) client.add(ui.wrapped(t().of(s.client().background()), Styles.SMALL)).row();

        Table page = new Table();
        page.top().left();
        page.defaults().left().growX();
        Table situation = new Table();
        situation.defaults().left().growX();
        situation.add(ui.label(t().get("briefing.situation"), Styles.BOLD)).row();
        situation.add(ui.wrapped(t().of(s.situation()), Styles.DEFAULT)).padBottom(g * 0.8f).row();
        situation.add(ui.label(t().get("briefing.briefing"), Styles.BOLD)).row();
        situation.add(ui.wrapped(t().of(s.briefing()), Styles.DEFAULT)).row();
        page.add(ui.section("situation", situation)).padBottom(g).row();

        Table fw = new Table();
        fw.defaults().left().growX();
        fw.add(ui.label(t().get("briefing.frameworks"), Styles.BOLD)).row();
        for (Framework f : ctx.data().library().curriculum().frameworksOf(s)) {
            fw.add(ui.wrapped("\u2022 " + t().of(f.title()), Styles.DEFAULT)).row();
            if (f.summary() != null) fw.add(ui.wrapped(t().of(f.summary()), Styles.MUTED)).padLeft(g).padBottom(g * 0.4f).row();
        }
        page.add(ui.section("frameworks", fw)).padBottom(g).row();
        String think = t().get(ctx.settings().thinkFirst() ? "briefing.thinkOn" : "briefing.thinkOff");
        page.add(ui.wrapped(think, Styles.MUTED)).padBottom(g).row();

        side.add(ui.section("client", client)).padBottom(g * 0.6f).row();
        side.add(ui.wrapped(ctx.words().difficulty(s.difficulty()) + "  \u00B7  " + t().format("choice.minutes", s.minutes()), Styles.SMALL))
                .padBottom(g).row();
        side.add(buttons).row();

        Table header = new Table();
        Table titles = new Table();
        titles.add(ui.label(t().get("briefing.title"), Styles.MUTED)).left().row();
        titles.add(ui.wrapped(t().of(s.title()), Styles.HEADING)).growX().left();
        header.add(titles).growX().left();
        header.add(back).top().right();

        root.top().pad(g * 1.5f);
        narrowLayout = narrow();
        if (narrowLayout) {
            // One column on a small window: who and the start buttons first, the reading below.
            Table all = new Table();
            all.top().left();
            all.defaults().growX().left();
            all.add(side).padBottom(g).row();
            all.add(page).row();
            root.add(header).growX().padBottom(g).row();
            root.add(scroll(all)).grow().top();
        } else {
            root.add(header).growX().colspan(2).padBottom(g).row();
            root.add(scroll(page)).grow().top().padRight(g * 1.5f);
            root.add(scroll(side)).top().width(Value.percentWidth(0.36f, root)).growY();
        }
        focus.focusId("practice");
    }

    private boolean narrow() {
        float width = stage.getWidth() > 0 ? stage.getWidth() : 1280;
        return width < look().size().body() * 42f;
    }

    @Override
    protected void onResize(int width, int height) {
        if (narrow() != narrowLayout) rebuild();
    }
}
