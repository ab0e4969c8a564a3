package nl.coachdans.ui.assignment;

import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import nl.coachdans.assignments.AssignmentBoard;
import nl.coachdans.assignments.AssignmentShelf;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Dates;
import nl.coachdans.ui.FeatureScreen;
import nl.coachdans.ui.widget.Ui;

import java.util.stream.Collectors;

/**
 * One assignment: what the trainer asks (mode, attempts, due date, when it passes), per scenario
 * the attempts used and left and whether it is passed, and handing in the result file. A scenario
 * opens its briefing under the assignment, where the attempt starts or resumes.
 */
public final class AssignmentScreen extends FeatureScreen {
    private final AssignmentShelf.Shelved shelved;
    private Banner banner;
    private AssignmentBoard board;
    private ExportPanel export;

    public AssignmentScreen(UiContext ctx, AssignmentShelf.Shelved shelved, Banner banner) {
        super(ctx, "assignment");
        this.shelved = shelved;
        this.banner = banner;
    }

    /** The sending status shown for this assignment (null: it names no store); checked every frame. */
    private nl.coachdans.lrs.SendStatus.Summary sending;

    @Override
    public void render(float delta) {
        if (sending != null && !sending.equals(ctx.sendStatus().of(shelved.assignment().id()).summary())) rebuild();
        super.render(delta);
    }

    @Override
    public void show() {
        board = new AssignmentBoard(shelved.assignment(), ctx.data().history(), id -> ctx.data().usable(id).isPresent());
        export = new ExportPanel(ctx, shelved.assignment(), this::rebuild, this::report);
        super.show();
    }

    private AssignmentWords words() {
        return AssignmentWords.of(ctx);
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Assignment a = shelved.assignment();
        AssignmentWords w = words();
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g);
        if (banner != null) page.add(banner.render(ui)).row();

        Table facts = ui.panel(Styles.PANEL);
        facts.defaults().growX().left();
        facts.add(ui.wrapped(w.facts(a), Styles.BOLD)).padBottom(g * 0.3f).row();
        facts.add(ui.wrapped(ctx.words().mode(a.mode()) + ": " + w.modeExplained(a.mode()), Styles.DEFAULT)).padBottom(g * 0.4f).row();
        if (board.overdue(new Dates(t().language()).today(ctx.clock()))) {
            facts.add(ui.wrapped(tx().text("assignment.overdue"), Styles.WARNING)).padBottom(g * 0.4f).row();
        }
        if (a.lrs() != null) {
            facts.add(ui.wrapped(tx().text(a.lrs().pseudonym() ? "assignment.lrsPseudonym" : "assignment.lrs"), Styles.SMALL)).padBottom(g * 0.2f).row();
            if (a.mode() != null && a.mode().allowsTakingBack()) facts.add(ui.wrapped(tx().text("assignment.lrsPractice"), Styles.SMALL)).padBottom(g * 0.2f).row();
            nl.coachdans.lrs.SendStatus st = ctx.sendStatus().of(a.id());
            sending = st.summary();
            if (!st.sessions().isEmpty()) {
                facts.add(ui.wrapped(tx().text("assignment.lrsStatus", st.waiting() + st.refused(), st.arrived().size()),
                        st.waiting() + st.refused() == 0 ? Styles.SUCCESS : Styles.MUTED)).padBottom(g * 0.2f).row();
            }
        }
        facts.add(ui.label(tx().text("assignment.passWhen"), Styles.MUTED)).row();
        for (String c : w.criteria(a)) facts.add(ui.wrapped("\u2022 " + c, Styles.SMALL)).padLeft(g * 0.5f).row();
        page.add(ui.section("facts", facts)).row();

        page.add(ui.label(tx().text(board.passed() ? "assignment.allPassed" : "assignment.scenarios"),
                board.passed() ? Styles.SUCCESS : Styles.BOLD)).padBottom(g * 0.4f).row();
        for (AssignmentBoard.Line l : board.lines()) page.add(card(ui, w, l)).padBottom(g * 0.6f).row();

        page.add(ui.section("export-box", export.build(ui, focus, tx()))).padTop(g * 0.4f).row();
        page.add(ui.wrapped(tx().text("assignment.file", shelved.file()), Styles.MUTED)).row();

        layout(root, ui, a.title(), page, 50f, () -> ctx.nav().assignments());
        String wanted = export.takeFocus();
        if (wanted != null && focus.ids().contains(wanted)) focus.focusId(wanted);
        else if (banner != null) focus.focusId("banner"); // what just happened is read first; it says where to go on
        else if (!board.lines().isEmpty()) focus.focusId("scenario-" + board.lines().get(0).scenario());
        report("assignment-board id=" + a.id() + " mode=" + a.mode().name().toLowerCase(java.util.Locale.ROOT) + " lines="
                + board.lines().stream().map(AssignmentScreen::traceOf).collect(Collectors.joining(",")));
    }

    /** "leonie:1/2:in_progress:resume" for the window test. */
    private static String traceOf(AssignmentBoard.Line l) {
        String action = l.canResume() ? "resume" : l.canStart() ? "start" : "blocked-" + l.block().name().toLowerCase(java.util.Locale.ROOT);
        return l.scenario() + ":" + l.used() + "/" + (l.allowed() == null ? "-" : l.allowed()) + ":"
                + l.state().name().toLowerCase(java.util.Locale.ROOT) + ":" + action;
    }

    private Button card(Ui ui, AssignmentWords w, AssignmentBoard.Line l) {
        float g = ui.gap();
        Table c = new Table();
        c.defaults().left().growX();
        Table top = new Table();
        top.add(ui.wrapped(names().scenario(l.scenario()), Styles.BOLD)).growX().left().padRight(g);
        top.add(stateLabel(ui, w, l.state())).right().top();
        c.add(top).padBottom(g * 0.2f).row();
        c.add(ui.wrapped(w.attempts(l) + (l.late() ? "  \u00B7  " + tx().text("attempts.late") : ""), Styles.SMALL)).row();
        for (AssignmentRules.Check f : l.failures()) c.add(ui.wrapped("\u2013 " + w.failure(f), Styles.MUTED)).padLeft(g * 0.5f).row();
        String next = l.canResume() ? tx().text("assignment.cardResume") : l.canStart() ? tx().text("assignment.cardStart") : w.block(l);
        c.add(ui.wrapped(next, l.canResume() || l.canStart() ? Styles.ACCENT : Styles.WARNING)).padTop(g * 0.3f).row();
        Button b = ui.container("scenario-" + l.scenario(), c, Styles.CARD,
                () -> ctx.nav().display(new AttemptScreen(ctx, shelved, l.scenario(), null)));
        b.setDisabled(!l.available());
        return b;
    }

    private Table stateLabel(Ui ui, AssignmentWords w, AssignmentBoard.State s) {
        Table chip = ui.panel(Styles.CHIP);
        String style = switch (s) {
            case PASSED -> Styles.SUCCESS;
            case NOT_PASSED -> Styles.DANGER;
            case IN_PROGRESS -> Styles.BOLD;
            case NOT_STARTED -> Styles.MUTED;
        };
        chip.add(ui.label(w.state(s), style));
        return chip;
    }
}
