package nl.coachdans.ui.progress;

import nl.coachdans.ui.BaseScreen;
import nl.coachdans.ui.debrief.DebriefScreen;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Dates;
import nl.coachdans.ui.widget.Ui;

import java.util.List;

/**
 * Progress: every session record, newest first, re-scored on reading. A finished one opens its
 * debrief, an unfinished one resumes; an altered, stale or corrupt one shows why, and a corrupt
 * file has already been moved aside by the store (never dropped).
 */
public final class HistoryScreen extends BaseScreen {
    private List<StoredRecord> records = List.of();

    public HistoryScreen(UiContext ctx) {
        super(ctx, "history");
    }

    @Override
    public void show() {
        records = ctx.data().history();
        super.show();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g * 0.6f);
        long finished = records.stream().filter(r -> r.profile() != null && r.profile().finished()).count();
        page.add(ui.wrapped(t().format("history.summary", records.size(), finished), Styles.MUTED)).row();
        if (records.isEmpty()) page.add(ui.wrapped(t().get("history.empty"), Styles.DEFAULT)).row();
        Dates dates = new Dates(t().language());
        int i = 0;
        for (StoredRecord r : records) page.add(row(ui, dates, r, i++)).row();
        var aside = ctx.data().setAside();
        if (!aside.isEmpty()) {
            page.add(ui.wrapped(t().format("history.setAside", aside.size()), Styles.WARNING)).padTop(g).row();
            for (var a : aside) {
                page.add(ui.wrapped(t().format("history.setAsideFile", a.from().getFileName(), a.to()), Styles.MUTED)).row();
            }
        }
        page.add(ui.wrapped(t().format("history.folder", ctx.data().records().folder()), Styles.MUTED)).padTop(g).row();

        Table header = new Table();
        header.add(ui.label(t().get("history.title"), Styles.HEADING)).left().expandX();
        header.add(ui.button("back", t().get("common.back"), Styles.DEFAULT, () -> ctx.nav().menu()));
        root.top().pad(g * 1.5f);
        root.add(header).growX().padBottom(g).row();
        root.add(scroll(column(page, 52f))).grow();
        if (!records.isEmpty()) focus.focusId("record-0");
    }

    private Button row(Ui ui, Dates dates, StoredRecord r, int index) {
        float g = ui.gap();
        SessionRecord rec = r.record();
        Table c = new Table();
        c.defaults().left().growX();
        String title = rec == null ? r.file().getFileName().toString() : scenarioTitle(rec.scenario());
        String when = rec == null ? "" : dates.dateTime(rec.started());
        c.add(ui.wrapped(title, Styles.BOLD)).row();
        String meta = when + (rec == null || rec.mode() == null ? "" : "  \u00B7  " + ctx.words().mode(rec.mode()))
                + (rec == null || rec.trainee() == null ? "" : "  \u00B7  " + rec.trainee());
        c.add(ui.wrapped(meta, Styles.MUTED)).row();
        c.add(ui.wrapped(outcome(r), r.status() == RecordStatus.OK ? Styles.DEFAULT : Styles.WARNING)).padTop(g * 0.2f).row();
        if (r.status() != RecordStatus.OK && r.explanation() != null) c.add(ui.wrapped(ctx.trainerTexts().explain(r.explanation()), Styles.MUTED)).row();
        Button b = ui.container("record-" + index, c, Styles.CARD, () -> open(r));
        b.setDisabled(!openable(r));
        return b;
    }

    private String scenarioTitle(String id) {
        ContentLibrary.Entry e = ctx.data().library().scenario(id);
        if (e == null || e.scenario() == null) return id;
        String client = e.scenario().client() == null ? "" : e.scenario().client().name() + " \u2013 ";
        return client + t().of(e.scenario().title());
    }

    private String outcome(StoredRecord r) {
        if (r.status() == RecordStatus.CORRUPT || r.status() == RecordStatus.STALE) return ctx.words().status(r.status());
        ScoreProfile p = r.profile();
        String prefix = r.status() == RecordStatus.ALTERED ? ctx.words().status(r.status()) + " \u2013 " : "";
        if (p != null && p.finished()) return prefix + t().format("history.finished", ctx.words().quality(p.ending()));
        return prefix + t().format("history.unfinished", r.record().choices().size());
    }

    private static boolean openable(StoredRecord r) {
        return r.status() == RecordStatus.OK || r.status() == RecordStatus.ALTERED && r.profile() != null;
    }

    private void open(StoredRecord r) {
        if (!openable(r)) return;
        var entry = ctx.data().usable(r.record().scenario());
        if (entry.isEmpty()) return;
        if (r.profile() != null && r.profile().finished() || r.status() == RecordStatus.ALTERED) {
            ctx.nav().debrief(new DebriefScreen.Data(entry.get().scenario(), ctx.data().library().curriculum(), r.transcript(),
                    r.profile(), r.record(), ctx.trainerTexts().explain(r.explanation()), false, r.file()));
        } else {
            ctx.nav().resume(r);
        }
    }
}
