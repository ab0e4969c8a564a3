package nl.coachdans.ui.progress;

import nl.coachdans.progress.BandTimeline;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.progress.Progress;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.sessions.StoredRecord;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.Dates;
import nl.coachdans.ui.FeatureScreen;
import nl.coachdans.ui.text.Names;
import nl.coachdans.ui.widget.Ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-study progress: what to practise next (with the scenario to practise it on), the band per
 * axis and per step over the last sessions as a chart, the risks that keep coming back, and every
 * past session, newest first, to replay. Everything is computed from the trainee's own records,
 * replayed and re-scored on reading, so an edited file cannot flatter the picture.
 */
public final class ProgressScreen extends FeatureScreen {
    private static final int NEXT_SHOWN = 3;

    private List<StoredRecord> records = List.of();
    private Progress progress;
    private BandTimeline timeline;
    private BandMarks marks;
    private int builtWidthBucket;

    public ProgressScreen(UiContext ctx) {
        super(ctx, "progress");
    }

    @Override
    public void show() {
        records = ctx.data().history();
        progress = Progress.of(records);
        timeline = BandTimeline.of(progress, ctx.data().library().curriculum(), BandTimeline.SHOWN);
        super.show();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        if (marks != null) marks.dispose();
        marks = new BandMarks(look().palette());
        builtWidthBucket = widthBucket();
        Names names = names();
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g);

        long finished = records.stream().filter(r -> r.profile() != null && r.profile().finished()
                && (r.status() == RecordStatus.OK || r.status() == RecordStatus.ALTERED)).count();
        page.add(ui.wrapped(tx().text("progress.summary", records.size(), finished, timeline.columns().size()), Styles.MUTED)).row();
        if (finished == 0) {
            page.add(ui.section("empty", ui.wrapped(tx().text("progress.empty"), Styles.DEFAULT))).row();
        } else {
            page.add(next(ui, names)).row();
            page.add(ui.section("chart-axes", chart(ui, tx().text("progress.axesTitle"), timeline.axes(), names, false))).row();
            Map<String, List<BandTimeline.Row>> byFramework = new LinkedHashMap<>();
            for (BandTimeline.Row r : timeline.steps()) byFramework.computeIfAbsent(r.framework(), k -> new ArrayList<>()).add(r);
            byFramework.forEach((fw, rows) -> page.add(ui.section("chart-steps-" + fw,
                    chart(ui, tx().text("progress.stepsTitle", names.framework(fw)), rows, names, true))).row());
            page.add(ui.section("recurring", recurring(ui, names))).row();
        }
        page.add(ui.label(tx().text("progress.sessions"), Styles.BOLD)).padBottom(g * 0.4f).row();
        int i = 0;
        for (StoredRecord r : records) page.add(session(ui, names, r, i++)).padBottom(g * 0.5f).row();
        page.add(ui.wrapped(t().format("history.folder", ctx.data().records().folder()), Styles.MUTED)).padTop(g * 0.5f).row();

        layout(root, ui, tx().text("progress.title"), page, 56f, () -> ctx.nav().menu());
        if (focus.ids().contains("practise-0")) focus.focusId("practise-0");
        else if (focus.ids().contains("chart-axes")) focus.focusId("chart-axes");
        report("progress sessions=" + records.size() + " finished=" + finished + " columns=" + timeline.columns().size()
                + " axes=" + String.join(",", timeline.axes().stream().map(r -> r.axis().key()).toList())
                + " steps=" + timeline.steps().size() + " recurring=" + progress.recurring().size() + " next=" + progress.next().size());
    }

    private Table next(Ui ui, Names names) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.label(tx().text("progress.next"), Styles.BOLD)).padBottom(g * 0.4f).row();
        List<Progress.Focus> next = progress.next();
        if (next.isEmpty()) box.add(ui.wrapped(tx().text("progress.nextNone"), Styles.DEFAULT)).row();
        // One "practise" button per scenario: the same client offered three times says nothing more.
        java.util.Set<String> offered = new java.util.HashSet<>();
        for (int i = 0; i < Math.min(NEXT_SHOWN, next.size()); i++) {
            Progress.Focus f = next.get(i);
            String what = f.kind() == Progress.Kind.STEP
                    ? tx().text("progress.nextStep", names.step(f.framework(), f.id()), names.framework(f.framework()), f.weak(), f.of())
                    : tx().text(f.severity() == Severity.CRITICAL ? "progress.nextCritical" : "progress.nextRisk",
                    names.risk(f.framework(), f.id()), names.framework(f.framework()), f.weak(), f.of());
            box.add(ui.wrapped(what, f.severity() == Severity.CRITICAL ? Styles.DANGER : Styles.DEFAULT)).padBottom(g * 0.3f).row();
            var entry = f.scenario() == null ? java.util.Optional.<nl.coachdans.lint.ContentLibrary.Entry>empty() : ctx.data().usable(f.scenario());
            if (entry.isPresent() && offered.add(f.scenario())) {
                var e = entry.get();
                box.add(ui.button("practise-" + i, tx().text("progress.practise", names.client(f.scenario())), Styles.DEFAULT,
                        () -> ctx.nav().briefing(e))).left().fill(false, false).expand(false, false).padBottom(g * 0.6f).row();
            }
        }
        return box;
    }

    private Table chart(Ui ui, String title, List<BandTimeline.Row> rows, Names names, boolean steps) {
        float g = ui.gap();
        float labelWidth = Math.min(look().size().body() * 16f, pageWidth() * 0.34f);
        Table box = ui.panel(Styles.PANEL);
        box.defaults().left();
        box.add(ui.wrapped(title, Styles.BOLD)).colspan(3).growX().padBottom(g * 0.4f).row();
        box.add(legend(ui)).colspan(3).growX().padBottom(g * 0.5f).row();
        for (BandTimeline.Row r : rows) {
            String name = steps ? names.step(r.framework(), r.id()) : names.axis(r.axis());
            box.add(ui.wrapped(name, Styles.DEFAULT)).width(labelWidth).padRight(g * 0.6f).padBottom(g * 0.35f).center();
            box.add(new BandRowChart(r.cells(), marks, look())).growX().fillY().padTop(g * 0.1f).padBottom(g * 0.45f);
            Band latest = latest(r.cells());
            box.add(latest == null ? ui.label("", Styles.MUTED) : chip(ui, latest)).right().padLeft(g * 0.6f).padBottom(g * 0.35f).row();
        }
        Dates dates = new Dates(t().language());
        List<BandTimeline.Column> cols = timeline.columns();
        Table axis = new Table();
        axis.add(ui.label(cols.isEmpty() ? "" : dates.date(cols.get(0).started()), Styles.MUTED)).left().expandX();
        axis.add(ui.label(tx().text("progress.timeAxis"), Styles.MUTED)).center().expandX();
        axis.add(ui.label(cols.isEmpty() ? "" : dates.date(cols.get(cols.size() - 1).started()), Styles.MUTED)).right().expandX();
        box.add().width(labelWidth);
        box.add(axis).growX();
        box.add(ui.label(tx().text("progress.latest"), Styles.MUTED)).right().padLeft(g * 0.6f).row();
        return box;
    }

    private Table legend(Ui ui) {
        float g = ui.gap();
        Table t = new Table();
        t.left();
        float size = look().size().body() * 0.9f;
        for (Band b : new Band[] {Band.BEKWAAM, Band.IN_ONTWIKKELING, Band.NOG_NIET}) {
            t.add(new BandMark(marks, b, size)).size(size).padRight(g * 0.3f);
            t.add(ui.label(ctx.words().band(b), Styles.SMALL)).padRight(g * 1.2f);
        }
        t.add(ui.wrapped(tx().text("progress.legendNote"), Styles.MUTED)).growX();
        return t;
    }

    private static Band latest(List<Band> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) if (cells.get(i) != null) return cells.get(i);
        return null;
    }

    private Table recurring(Ui ui, Names names) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.label(tx().text("progress.recurring"), Styles.BOLD)).padBottom(g * 0.3f).row();
        if (progress.recurring().isEmpty()) box.add(ui.wrapped(tx().text("progress.recurringNone"), Styles.DEFAULT)).row();
        Dates dates = new Dates(t().language());
        for (Progress.RecurringRisk r : progress.recurring()) {
            boolean critical = r.severity() == Severity.CRITICAL;
            String where = String.join(", ", r.scenarios().stream().map(names::client).toList());
            String line = "\u26A0 " + tx().text(critical ? "progress.recurringCritical" : "progress.recurringLine",
                    names.risk(r.framework(), r.risk()), names.framework(r.framework()), r.sessions(), dates.date(r.last()), where);
            box.add(ui.wrapped(line, critical ? Styles.DANGER : Styles.DEFAULT)).padBottom(g * 0.3f).row();
        }
        return box;
    }

    private Button session(Ui ui, Names names, StoredRecord r, int index) {
        float g = ui.gap();
        SessionRecord rec = r.record();
        Table c = new Table();
        c.defaults().left().growX();
        c.add(ui.wrapped(rec == null ? r.file().getFileName().toString() : names.scenario(rec.scenario()), Styles.BOLD)).row();
        List<String> meta = new ArrayList<>();
        if (rec != null && rec.started() != null) meta.add(new Dates(t().language()).dateTime(rec.started()));
        if (rec != null && rec.mode() != null) meta.add(ctx.words().mode(rec.mode()));
        if (rec != null && rec.assignment() != null) meta.add(tx().text("progress.forAssignment", rec.assignment()));
        c.add(ui.wrapped(String.join("  \u00B7  ", meta), Styles.MUTED)).row();
        c.add(ui.wrapped(outcome(r), r.status() == RecordStatus.OK ? Styles.DEFAULT : Styles.WARNING)).padTop(g * 0.2f).row();
        if (r.status() != RecordStatus.OK && r.explanation() != null) c.add(ui.wrapped(tx().explain(r.explanation()), Styles.MUTED)).row();
        PastSession past = new PastSession(ctx);
        Button b = ui.container("session-" + index, c, Styles.CARD, () -> past.open(r, () -> ctx.nav().display(new ProgressScreen(ctx))));
        b.setDisabled(!PastSession.replayable(r));
        return b;
    }

    private String outcome(StoredRecord r) {
        if (!PastSession.replayable(r)) return ctx.words().status(r.status());
        ScoreProfile p = r.profile();
        String prefix = r.status() == RecordStatus.ALTERED ? ctx.words().status(r.status()) + " \u2013 " : "";
        if (p.finished()) return prefix + tx().text("progress.finished", ctx.words().quality(p.ending()));
        return prefix + tx().text("progress.unfinished", r.record().choices().size());
    }

    private float pageWidth() {
        float width = stage.getWidth() > 0 ? stage.getWidth() : 1280;
        return Math.min(width - look().gap() * 3, look().size().body() * 56f);
    }

    /** The chart's label column depends on the width; rebuild when the window changes much. */
    private int widthBucket() {
        return (int) (pageWidth() / (look().size().body() * 6));
    }

    @Override
    protected void onResize(int width, int height) {
        if (builtWidthBucket != 0 && widthBucket() != builtWidthBucket) rebuild();
    }

    @Override
    public void dispose() {
        super.dispose();
        if (marks != null) marks.dispose();
    }
}
