package nl.coachdans.ui.assignment;

import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import nl.coachdans.assignments.AssignmentBoard;
import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.assignments.AttemptStarter;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.FeatureScreen;
import nl.coachdans.ui.widget.Ui;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The briefing of one scenario under an assignment: the client and situation as in the free
 * briefing, but one start button in the assignment's mode (no choice of mode), the attempts left,
 * "resume" for an open attempt, and a plain refusal when no attempt may start.
 */
public final class AttemptScreen extends FeatureScreen {
    private final AssignmentShelf.Shelved shelved;
    private final String scenarioId;
    private Banner banner;
    private AssignmentBoard.Line line;

    public AttemptScreen(UiContext ctx, AssignmentShelf.Shelved shelved, String scenarioId, Banner banner) {
        super(ctx, "attempt");
        this.shelved = shelved;
        this.scenarioId = scenarioId;
        this.banner = banner;
    }

    @Override
    protected String detail() {
        return scenarioId;
    }

    @Override
    public void show() {
        refresh();
        super.show();
    }

    private void refresh() {
        line = new AssignmentBoard(shelved.assignment(), ctx.data().history(), id -> ctx.data().usable(id).isPresent()).line(scenarioId);
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Assignment a = shelved.assignment();
        AssignmentWords w = AssignmentWords.of(ctx);
        Optional<ContentLibrary.Entry> entry = ctx.data().usable(scenarioId);
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g);
        if (banner != null) page.add(banner.render(ui)).row();

        Table start = ui.panel(Styles.PANEL);
        start.defaults().growX().left();
        Scenario s = entry.map(ContentLibrary.Entry::scenario).orElse(null);
        start.add(ui.wrapped(names().scenario(scenarioId), Styles.HEADING)).row();
        if (s != null && s.client() != null && s.client().role() != null) {
            start.add(ui.wrapped(t().of(s.client().role()), Styles.MUTED)).padBottom(g * 0.4f).row();
        }
        start.add(ui.wrapped(ctx.words().mode(a.mode()) + ": " + w.modeExplained(a.mode()), Styles.BOLD)).padBottom(g * 0.3f).row();
        if (line != null) start.add(ui.wrapped(w.attempts(line), Styles.SMALL)).padBottom(g * 0.5f).row();
        boolean any = false;
        if (line != null && line.canResume()) {
            int turn = line.resumable().record().choices().size() + 1;
            start.add(ui.button("resume", tx().text("attempt.resume", turn), Styles.PRIMARY, this::resumeAttempt))
                    .left().fill(false, false).expand(false, false).padBottom(g * 0.5f).row();
            any = true;
        }
        if (line != null && line.canStart()) {
            String label = line.allowed() == null ? tx().text("attempt.startUnlimited", line.used() + 1)
                    : tx().text("attempt.start", line.used() + 1, line.allowed());
            start.add(ui.button("start", label, any ? Styles.DEFAULT : Styles.PRIMARY, this::start))
                    .left().fill(false, false).expand(false, false).padBottom(g * 0.3f).row();
            any = true;
        }
        if (line != null && !line.canStart()) {
            String why = w.block(line);
            if (why != null) start.add(ui.wrapped(why, any ? Styles.MUTED : Styles.WARNING)).padTop(g * 0.2f).row();
        }
        page.add(ui.section("start-box", start)).row();

        if (s != null) {
            Table reading = new Table();
            reading.defaults().growX().left();
            reading.add(ui.label(t().get("briefing.situation"), Styles.BOLD)).row();
            reading.add(ui.wrapped(t().of(s.situation()), Styles.DEFAULT)).padBottom(g * 0.8f).row();
            reading.add(ui.label(t().get("briefing.briefing"), Styles.BOLD)).row();
            reading.add(ui.wrapped(t().of(s.briefing()), Styles.DEFAULT)).row();
            page.add(ui.section("situation", reading)).row();
            Table fw = new Table();
            fw.defaults().growX().left();
            fw.add(ui.label(t().get("briefing.frameworks"), Styles.BOLD)).row();
            for (Framework f : ctx.data().library().curriculum().frameworksOf(s)) {
                fw.add(ui.wrapped("\u2022 " + t().of(f.title()), Styles.DEFAULT)).row();
                if (f.summary() != null) fw.add(ui.wrapped(t().of(f.summary()), Styles.MUTED)).padLeft(g).padBottom(g * 0.4f).row();
            }
            page.add(ui.section("frameworks", fw)).row();
        }

        layout(root, ui, tx().text("attempt.title", a.title()), page, 48f,
                () -> ctx.nav().display(new AssignmentScreen(ctx, shelved, null)));
        if (banner != null && banner.kind() == Banner.Kind.PROBLEM) focus.focusId("banner");
        else if (focus.ids().contains("resume")) focus.focusId("resume");
        else if (focus.ids().contains("start")) focus.focusId("start");
        else focus.focusId("start-box");
    }

    private AttemptStarter starter() {
        return new AttemptStarter(shelved.assignment(), ctx.data().records(), ctx.data().library().curriculum(), ctx.clock());
    }

    private void start() {
        Optional<ContentLibrary.Entry> entry = ctx.data().usable(scenarioId);
        if (entry.isEmpty()) return;
        AttemptStarter.Outcome o = starter().start(entry.get().scenario(), t().language(), ctx.settings().trainee(),
                ThreadLocalRandom.current().nextLong());
        go(o, "started");
    }

    private void resumeAttempt() {
        Optional<ContentLibrary.Entry> entry = ctx.data().usable(scenarioId);
        if (entry.isEmpty()) return;
        go(starter().resume(entry.get().scenario()), "resumed");
    }

    private void go(AttemptStarter.Outcome o, String how) {
        if (o.started()) {
            Assignment a = shelved.assignment();
            // The conversation takes feedback and the step back from the session's mode, which is the assignment's.
            nl.coachdans.sessions.Mode mode = o.session().mode();
            ctx.report("attempt-" + how + " assignment=" + a.id() + " scenario=" + scenarioId + " mode="
                    + mode.name().toLowerCase(java.util.Locale.ROOT) + " feedback=" + mode.showsFeedbackPerTurn()
                    + " stepBack=" + mode.allowsTakingBack()
                    + " turns=" + o.session().turnsTaken());
            ctx.nav().play(o.session());
            return;
        }
        refresh();
        String why = line == null ? null : AssignmentWords.of(ctx).block(line);
        banner = Banner.problem(tx().text("attempt.refused"), why == null ? java.util.List.of() : java.util.List.of(why));
        rebuild();
    }
}
