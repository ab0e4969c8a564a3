package nl.coachdans.ui.assignment;

import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.widget.Banner;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.assignments.Assignment;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.assignments.AssignmentBoard;
import nl.coachdans.assignments.AssignmentShelf;
import nl.coachdans.assignments.ProblemKind;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.FeatureScreen;
import nl.coachdans.files.TypedPath;
import nl.coachdans.ui.widget.Ui;

import java.nio.file.Path;
import java.util.List;

/**
 * The trainee's assignments: every assignment file in the data folder's {@code assignments/}, each
 * with its trainer, due date and per scenario the attempts and pass state; files that cannot be
 * used stay listed with the reason. A path can be typed or pasted to open an assignment, a result
 * file or a session record; dropping a file on the window or {@code coachdans open FILE} does the
 * same.
 */
public final class AssignmentsScreen extends FeatureScreen {
    private final Banner banner;
    private List<AssignmentShelf.Shelved> shelf = List.of();
    private List<StoredRecord> records = List.of();
    private AssignmentShelf assignments;
    private TextField path;
    private String typed = "";

    public AssignmentsScreen(UiContext ctx) {
        this(ctx, null);
    }

    /** With a message on top, for example why a file that was opened cannot be used. */
    public AssignmentsScreen(UiContext ctx, Banner banner) {
        super(ctx, "assignments");
        this.banner = banner;
    }

    @Override
    public void show() {
        assignments = new AssignmentShelf(ctx.options().home(), ctx.data().playable());
        // Usable assignments first; files with a problem after them, still listed with the reason.
        shelf = assignments.list().stream().sorted(java.util.Comparator.comparing(s -> !s.ok())).toList();
        records = shelf.stream().anyMatch(AssignmentShelf.Shelved::ok) ? ctx.data().history() : List.of();
        super.show();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        AssignmentWords w = AssignmentWords.of(ctx);
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g * 0.7f);
        if (banner != null) page.add(banner.render(ui)).padBottom(g).row();

        if (shelf.isEmpty()) {
            Table box = ui.panel(Styles.PANEL);
            box.defaults().growX().left();
            box.add(ui.wrapped(tx().text("assignments.none"), Styles.BOLD)).padBottom(g * 0.4f).row();
            box.add(ui.wrapped(tx().text("assignments.explain"), Styles.DEFAULT)).row();
            page.add(ui.section("status", box)).row();
        }
        int broken = 0;
        for (AssignmentShelf.Shelved s : shelf) {
            if (s.ok()) page.add(card(ui, w, s)).row();
            else page.add(problem(ui, w, s, "file-" + broken++)).row();
        }

        Table open = ui.panel(Styles.PANEL_ALT);
        open.defaults().left();
        open.add(ui.wrapped(tx().text("assignments.openTitle"), Styles.BOLD)).growX().colspan(2).padBottom(g * 0.3f).row();
        path = ui.field("path", typed, tx().text("assignments.pathPlaceholder"), 0, this::openTyped);
        path.setTextFieldListener((f, c) -> typed = f.getText());
        open.add(path).growX().padRight(g * 0.5f);
        open.add(ui.button("open", tx().text("assignments.open"), Styles.DEFAULT, this::openTyped)).row();
        open.add(ui.wrapped(tx().text("assignments.openHint"), Styles.MUTED)).growX().colspan(2).padTop(g * 0.3f).row();
        page.add(open).padTop(g * 0.5f).row();
        page.add(ui.wrapped(tx().text("assignments.folder", assignments.folder()), Styles.MUTED)).row();

        layout(root, ui, tx().text("assignments.title"), page, 50f, () -> ctx.nav().menu());
        if (banner != null) focus.focusId("banner");
        else if (shelf.stream().anyMatch(AssignmentShelf.Shelved::ok)) focus.focusId(focus.ids().stream().filter(i -> i.startsWith("assignment-")).findFirst().orElse("back"));
        else focus.focusId("path");
        report("assignments files=" + shelf.size() + " usable=" + shelf.stream().filter(AssignmentShelf.Shelved::ok).count());
    }

    private Button card(Ui ui, AssignmentWords w, AssignmentShelf.Shelved s) {
        float g = ui.gap();
        Assignment a = s.assignment();
        AssignmentBoard board = new AssignmentBoard(a, records, id -> ctx.data().usable(id).isPresent());
        Table c = new Table();
        c.defaults().left().growX();
        c.add(ui.wrapped(a.title(), Styles.HEADING)).row();
        c.add(ui.wrapped(w.facts(a), Styles.SMALL)).padBottom(g * 0.3f).row();
        for (AssignmentBoard.Line l : board.lines()) {
            c.add(ui.wrapped(names().client(l.scenario()) + ": " + w.state(l.state()) + "  \u00B7  " + w.attempts(l),
                    l.state() == AssignmentBoard.State.PASSED ? Styles.SUCCESS : Styles.DEFAULT)).row();
        }
        if (board.passed()) c.add(ui.wrapped(tx().text("assignment.allPassed"), Styles.SUCCESS)).padTop(g * 0.3f).row();
        c.add(ui.wrapped(s.file().getFileName().toString(), Styles.MUTED)).padTop(g * 0.2f).row();
        return ui.container("assignment-" + a.id(), c, Styles.CARD, () -> ctx.nav().display(new AssignmentScreen(ctx, s, null)));
    }

    private Table problem(Ui ui, AssignmentWords w, AssignmentShelf.Shelved s, String id) {
        return Banner.problem(w.problem(ProblemKind.of(s.findings()), s.file()), w.details(s.findings(), null)).render(ui, id);
    }

    private void openTyped() {
        String text = path == null ? typed : path.getText();
        Path p = TypedPath.parse(text).orElse(null);
        if (p == null) {
            if (path != null) path.setMessageText(tx().text("assignments.pathEmpty"));
            return;
        }
        typed = "";
        ctx.nav().openFile(p);
    }
}
