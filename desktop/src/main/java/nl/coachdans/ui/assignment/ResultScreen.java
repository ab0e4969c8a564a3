package nl.coachdans.ui.assignment;

import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import nl.coachdans.assignments.AssignmentBoard;
import nl.coachdans.assignments.AssignmentShelf;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentResult;
import nl.coachdans.assignments.AssignmentResults;
import nl.coachdans.sessions.RecordReader;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Dates;
import nl.coachdans.ui.FeatureScreen;
import nl.coachdans.ui.widget.Ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A result file opened in the game (to check it before handing it in, or one received): whose it
 * is, for which assignment, and per scenario the attempts and whether they pass, every record
 * replayed and re-scored here. It is judged against the trainee's own copy of the assignment when
 * they have one with the same id, and says so clearly when the result belongs to an assignment
 * they do not have.
 */
public final class ResultScreen extends FeatureScreen {
    private final Path file;
    private final AssignmentResult result;
    private final AssignmentShelf.Shelved own;
    private List<StoredRecord> stored = List.of();

    /** {@code own}: the trainee's assignment with the result's id, or null when they have none. */
    public ResultScreen(UiContext ctx, Path file, AssignmentResult result, AssignmentShelf.Shelved own) {
        super(ctx, "result");
        this.file = file;
        this.result = result;
        this.own = own;
    }

    @Override
    public void show() {
        RecordReader reader = new RecordReader(ctx.data().source());
        List<StoredRecord> out = new ArrayList<>();
        for (SessionRecord r : result.records()) out.add(reader.check(file, r));
        stored = out;
        super.show();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Dates dates = new Dates(t().language());
        AssignmentWords w = new AssignmentWords(tx(), ctx.words(), names(), dates);
        Assignment copy = result.assignment();
        Assignment judgedBy = own != null ? own.assignment() : copy;
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g);

        Table facts = ui.panel(Styles.PANEL);
        facts.defaults().growX().left();
        facts.add(ui.wrapped(tx().text("result.for", copy.title(), copy.id()), Styles.BOLD)).padBottom(g * 0.3f).row();
        facts.add(ui.wrapped(tx().text("result.trainee", result.trainee() == null ? tx().text("result.noTrainee") : result.trainee()),
                Styles.DEFAULT)).row();
        facts.add(ui.wrapped(tx().text("result.exported", dates.dateTime(result.exported()), result.records().size()), Styles.SMALL)).row();
        facts.add(ui.wrapped(tx().text("result.file", file), Styles.MUTED)).padTop(g * 0.3f).row();
        page.add(ui.section("facts", facts)).row();

        if (own == null) {
            page.add(Banner.problem(tx().text("result.otherAssignment", copy.title(), copy.id()),
                    List.of(tx().text("result.judgedByCopy"), tx().text("problem.nothingLost"))).render(ui)).row();
        } else if (!own.assignment().equals(copy)) {
            page.add(ui.wrapped(tx().text("result.copyDiffers"), Styles.WARNING)).row();
        }

        AssignmentBoard board = new AssignmentBoard(judgedBy, stored, id -> ctx.data().usable(id).isPresent());
        page.add(ui.label(tx().text(board.passed() ? "assignment.allPassed" : "assignment.scenarios"),
                board.passed() ? Styles.SUCCESS : Styles.BOLD)).row();
        for (AssignmentBoard.Line l : board.lines()) {
            Table c = ui.panel(Styles.PANEL);
            c.defaults().growX().left();
            c.add(ui.wrapped(names().scenario(l.scenario()) + "  \u2013  " + w.state(l.state()), Styles.BOLD)).row();
            c.add(ui.wrapped(w.attempts(l), Styles.SMALL)).row();
            for (var f : l.failures()) c.add(ui.wrapped("\u2013 " + w.failure(f), Styles.MUTED)).padLeft(g * 0.5f).row();
            page.add(ui.section("scenario-" + l.scenario(), c)).padBottom(g * 0.5f).row();
        }
        long unusable = stored.stream().filter(s -> s.profile() == null).count();
        if (unusable > 0) page.add(ui.wrapped(tx().text("result.unusable", unusable), Styles.WARNING)).row();
        if (own != null) {
            page.add(ui.button("open-assignment", tx().text("result.openAssignment", own.assignment().title()), Styles.DEFAULT,
                    () -> ctx.nav().display(new AssignmentScreen(ctx, own, null)))).left().fill(false, false).expand(false, false).row();
        }

        layout(root, ui, tx().text("result.title"), page, 50f, () -> ctx.nav().assignments());
        if (own == null) focus.focusId("banner");
        else focus.focusId("facts");
        report("result-opened assignment=" + copy.id() + " own=" + (own != null) + " records=" + result.records().size()
                + " mismatch=" + (own == null ? "unknown" : AssignmentResults.mismatch(copy, own.assignment()).isPresent()));
    }
}
