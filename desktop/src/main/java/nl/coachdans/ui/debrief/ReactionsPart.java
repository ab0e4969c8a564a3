package nl.coachdans.ui.debrief;

import nl.coachdans.debrief.SelfRatings;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.StepResult;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.util.function.Consumer;

/**
 * PEARLS part 1, reactions: before any score is shown the trainee rates themselves per step of the
 * scenario's frameworks (three points, like radio buttons) and may add one sentence. Nothing here
 * reveals what the simulation computed.
 */
final class ReactionsPart {
    /** Longest note kept; one or two sentences is what is asked for. */
    static final int MAX_NOTE = 400;

    private final PartContext c;
    private final Runnable save;
    private final Consumer<String> report;
    private TextField note;
    private Label count;
    private int total;

    ReactionsPart(PartContext c, Runnable save, Consumer<String> report) {
        this.c = c;
        this.save = save;
        this.report = report;
    }

    Table build(String noteDraft, String saveProblem) {
        Ui ui = c.ui();
        float g = c.gap();
        Table page = c.page();
        page.add(ui.wrapped(c.dt().text("reactions.intro"), Styles.DEFAULT)).row();
        for (FrameworkResult fr : c.data().profile().frameworks()) page.add(framework(ui, fr)).row();

        Table mine = ui.panel(Styles.PANEL_ALT);
        mine.defaults().growX().left();
        mine.add(ui.wrapped(c.dt().text("reactions.noteLabel"), Styles.BOLD)).padBottom(g * 0.4f).row();
        note = ui.field("note", noteDraft, c.dt().text("reactions.notePlaceholder"), MAX_NOTE, () -> c.focus().focusId("save"));
        mine.add(note).row();
        page.add(mine).row();

        Table end = new Table();
        end.left();
        end.add(ui.button("save", c.dt().text("reactions.save"), Styles.PRIMARY, save)).padRight(g);
        count = ui.wrapped("", Styles.MUTED);
        end.add(count).growX();
        page.add(end).row();
        if (saveProblem != null) page.add(ui.wrapped(c.dt().text("reactions.saveFailed", saveProblem), Styles.WARNING)).row();
        updateCount();
        return page;
    }

    private Table framework(Ui ui, FrameworkResult fr) {
        float g = c.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(c.names().framework(fr.framework()), Styles.BOLD)).padBottom(g * 0.5f).row();
        int n = 1;
        for (StepResult s : fr.steps()) {
            total++;
            box.add(ui.wrapped(c.dt().text("reactions.step", n++, c.names().step(fr.framework(), s.id())), Styles.DEFAULT)).row();
            String hint = Names.firstSentence(c.names().stepExplanation(fr.framework(), s.id()));
            if (!hint.isEmpty()) box.add(ui.wrapped(hint, Styles.MUTED)).padBottom(g * 0.3f).row();
            Table row = new Table();
            row.left();
            TextButton[] buttons = new TextButton[Band.values().length];
            for (Band b : Band.values()) {
                String id = "rate-" + fr.framework() + "/" + s.id() + "-" + b.code();
                TextButton tb = ui.button(id, c.words().band(b), Styles.TOGGLE, () -> rate(fr.framework(), s.id(), b, buttons));
                // A mouse click toggles a button by itself; the state is set from the ratings instead.
                tb.setProgrammaticChangeEvents(false);
                tb.setChecked(c.ratings().get(fr.framework(), s.id()) == b);
                buttons[b.ordinal()] = tb;
                row.add(tb).padRight(g * 0.5f).padBottom(g * 0.3f);
            }
            box.add(row).padBottom(g * 0.7f).row();
        }
        return box;
    }

    private void rate(String framework, String step, Band band, TextButton[] buttons) {
        c.ratings().set(framework, step, band);
        for (Band b : Band.values()) buttons[b.ordinal()].setChecked(c.ratings().get(framework, step) == b);
        updateCount();
        report.accept("debrief-rated " + SelfRatings.key(framework, step) + "=" + band.code() + " count=" + c.ratings().count());
    }

    private void updateCount() {
        if (count != null) count.setText(c.dt().text("reactions.count", c.ratings().count(), total));
    }

    /** What the trainee typed so far (kept across a rebuild). */
    String noteText() {
        return note == null ? "" : note.getText();
    }
}
