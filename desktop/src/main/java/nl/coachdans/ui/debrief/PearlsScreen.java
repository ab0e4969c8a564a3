package nl.coachdans.ui.debrief;

import nl.coachdans.debrief.DebriefJob;
import nl.coachdans.debrief.Part;
import nl.coachdans.debrief.SelfRatings;
import nl.coachdans.sessions.RecordSaver;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.scenes.scene2d.ui.HorizontalGroup;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import nl.coachdans.debrief.Debrief;
import nl.coachdans.debrief.ScenarioCard;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.SessionRecord;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.BaseScreen;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.widget.Ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The debrief in the order of PEARLS, one part at a time: reactions (the trainee rates themselves
 * before seeing anything computed, saved into the record), description, analysis and summary. The
 * later parts open once the reactions are given; the analysis is built in the background meanwhile.
 * Tabs, Previous/Next and the keys 1-4 move between parts; PageUp/PageDown scroll.
 */
public final class PearlsScreen extends BaseScreen {
    private DebriefScreen.Data data;
    private final DebriefJob job;
    private final RecordSaver saver;
    private final SelfRatings ratings;
    private Part part;
    /** True once the reactions were given (or the record already had them): the other parts open. */
    private boolean reflected;
    private String noteDraft;
    private String saveProblem;
    private FeatureTexts dt;
    private ScrollPane pane;
    private ReactionsPart reactions;
    /** The current part needs the debrief that is still being built. */
    private boolean waiting;
    /** The next build shows new content: focus its first part and report it. */
    private boolean fresh = true;

    public PearlsScreen(UiContext ctx, DebriefScreen.Data data) {
        this(ctx, data, DebriefJob.start(data.curriculum(), data.scenario(), data.transcript(), cards(ctx)), null);
    }

    /** Opens at {@code start} (null: reactions, or the description when the record has them already). */
    public PearlsScreen(UiContext ctx, DebriefScreen.Data data, DebriefJob job, Part start) {
        super(ctx, "debrief");
        this.data = data;
        this.job = job;
        this.saver = new RecordSaver(ctx.data().records(), data.file());
        SessionRecord rec = data.record();
        this.ratings = SelfRatings.fromCodes(rec == null ? null : rec.reflection().selfRatings());
        this.noteDraft = rec == null || rec.reflection().selfNote() == null ? "" : rec.reflection().selfNote();
        this.reflected = rec != null && (!rec.reflection().selfRatings().isEmpty() || rec.reflection().selfNote() != null);
        this.part = start != null ? start : reflected ? Part.DESCRIPTION : Part.REACTIONS;
        if (part != Part.REACTIONS) reflected = true;
    }

    private static List<ScenarioCard> cards(UiContext ctx) {
        List<ScenarioCard> out = new ArrayList<>();
        for (ContentLibrary.Entry e : ctx.data().scenarios()) {
            if (ctx.data().usable(e)) out.add(new ScenarioCard(e.id(), e.scenario().frameworks(), e.scenario().difficulty()));
        }
        return out;
    }

    @Override
    protected String detail() {
        return part.code() + "-" + data.scenario().id();
    }

    @Override
    protected void build(Table root, Ui ui) {
        dt = ctx.debriefTexts();
        if (reactions != null) noteDraft = reactions.noteText();
        reactions = null;
        float g = ui.gap();
        Names names = new Names(data.curriculum(), data.scenario(), t());
        PartContext pc = new PartContext(ui, dt, names, ctx.words(), look(), data, job.debrief(), ratings, focus);

        root.top().pad(g * 1.2f);
        Table header = new Table();
        root.add(column(header, 50f)).growX().padBottom(g * 0.6f).row();
        // Content first, then the footer, then the tabs: that is the order Tab walks through.
        Table content = content(pc);
        pane = scroll(column(content, 50f));
        root.add(pane).grow().row();
        Table footer = new Table();
        footer.add(footer(ui)).growX();
        root.add(column(footer, 50f)).growX().padTop(g * 0.6f).row();
        root.add(ui.wrapped(dt.text(part == Part.REACTIONS ? "keys.reactions" : "keys.parts"), Styles.MUTED)).growX().padTop(g * 0.3f);
        fillHeader(header, ui);

        if (fresh) {
            fresh = false;
            if (focus.size() > 0) focus.focus(0);
            report("debrief-part " + part.code() + " items=" + String.join(",", focus.ids())
                    + " focus=" + (focus.index() < 0 ? "" : focus.ids().get(focus.index())) + " ready=" + (job.debrief() != null));
        }
    }

    private Table content(PartContext pc) {
        waiting = false;
        return switch (part) {
            case REACTIONS -> {
                reactions = new ReactionsPart(pc, this::saveAndContinue, this::report);
                yield reactions.build(noteDraft, saveProblem);
            }
            case DESCRIPTION -> new DescriptionPart(pc).build();
            case ANALYSIS, SUMMARY -> {
                Debrief d = pc.debrief();
                if (d == null) yield waitingPage(pc.ui());
                yield part == Part.ANALYSIS ? new AnalysisPart(pc).build() : summary(pc, d);
            }
        };
    }

    private Table summary(PartContext pc, Debrief d) {
        float g = pc.gap();
        Table page = new SummaryPart(pc, nextEntry(d), e -> ctx.nav().briefing(e)).build();
        HorizontalGroup after = buttons(g);
        Ui ui = pc.ui();
        after.addActor(ui.button("replay-end", dt.text("summary.replay"), Styles.PRIMARY, this::openReplay));
        after.addActor(ui.button("again", dt.text("summary.again"), Styles.DEFAULT, this::again));
        if (!data.live()) after.addActor(ui.button("history", dt.text("summary.history"), Styles.DEFAULT, () -> ctx.nav().history()));
        after.addActor(ui.button("menu", dt.text("summary.menu"), Styles.DEFAULT, () -> ctx.nav().menu()));
        page.add(ui.wrapped(dt.text("summary.then"), Styles.HEADING)).padTop(g * 0.4f).padBottom(g * 0.4f).row();
        page.add(after).row();
        return page;
    }

    private Table waitingPage(Ui ui) {
        Table page = new Table();
        page.top().left();
        String failure = job.failure();
        waiting = failure == null;
        String text = failure == null ? dt.text("analysis.waiting") : dt.text("analysis.failed", failure);
        page.add(ui.section("waiting", ui.wrapped(text, failure == null ? Styles.DEFAULT : Styles.WARNING))).growX().left();
        return page;
    }

    private Optional<ContentLibrary.Entry> nextEntry(Debrief d) {
        return d.nextScenario() == null ? Optional.empty() : ctx.data().usable(d.nextScenario());
    }

    private HorizontalGroup buttons(float g) {
        HorizontalGroup row = new HorizontalGroup();
        // Wrapping keeps every button on screen with the largest text in a narrow window.
        row.wrap().space(g * 0.8f).wrapSpace(g * 0.5f).rowLeft().left();
        return row;
    }

    private HorizontalGroup footer(Ui ui) {
        HorizontalGroup row = buttons(ui.gap());
        if (part == Part.REACTIONS) {
            row.addActor(ui.button("next", dt.text("footer.saveNext"), Styles.PRIMARY, this::saveAndContinue));
            return row;
        }
        row.addActor(ui.button("prev", dt.text("footer.prev"), Styles.DEFAULT, () -> goTo(part.previous())));
        if (part != Part.SUMMARY) {
            row.addActor(ui.button("next", dt.text("footer.next", dt.text("part." + part.next().code())), Styles.PRIMARY, () -> goTo(part.next())));
        }
        if (part != Part.SUMMARY) row.addActor(ui.button("replay", dt.text("footer.replay"), Styles.DEFAULT, this::openReplay));
        return row;
    }

    private void fillHeader(Table header, Ui ui) {
        float g = ui.gap();
        header.defaults().left();
        header.add(ui.wrapped(dt.text("title", t().of(data.scenario().title())), Styles.HEADING)).growX().row();
        String meta = data.record() != null && data.record().mode() != null ? ctx.words().mode(data.record().mode()) : "";
        if (data.note() != null) meta = meta.isEmpty() ? data.note() : meta + dt.text("list.separator") + data.note();
        if (!meta.isEmpty()) header.add(ui.wrapped(meta, data.note() == null ? Styles.MUTED : Styles.WARNING)).growX().row();
        if (saveProblem != null && part != Part.REACTIONS) {
            header.add(ui.wrapped(dt.text("reactions.saveFailed", saveProblem), Styles.WARNING)).growX().row();
        }
        HorizontalGroup tabs = buttons(g);
        for (Part p : Part.values()) {
            TextButton b = ui.button("part-" + p.code(), dt.text("tab", p.number(), dt.text("part." + p.code())), Styles.TOGGLE, () -> goTo(p));
            b.setProgrammaticChangeEvents(false);
            b.setChecked(p == part);
            b.setDisabled(!open(p));
            tabs.addActor(b);
        }
        header.add(tabs).growX().padTop(g * 0.4f).row();
    }

    private boolean open(Part p) {
        return p == Part.REACTIONS || reflected;
    }

    private void goTo(Part p) {
        if (!open(p)) {
            report("debrief-locked " + p.code());
            return;
        }
        // The tab of the part on screen shows it again from its top (a click also unchecked that tab).
        part = p;
        fresh = true;
        rebuild();
    }

    private void saveAndContinue() {
        if (reactions != null) noteDraft = reactions.noteText();
        SessionRecord rec = data.record();
        if (rec != null) {
            SessionRecord next = rec.withReflection(ratings.codes(), noteDraft);
            saveProblem = saver.save(next);
            if (saveProblem == null) data = data.withRecord(next);
            report(saveProblem == null ? "debrief-saved ratings=" + ratings.count() + " note=" + !noteDraft.isBlank()
                    : "debrief-save-failed " + saveProblem);
        }
        // A failed save is shown, but it never keeps the trainee from the rest of the debrief.
        reflected = true;
        goTo(Part.DESCRIPTION);
    }

    private void openReplay() {
        if (reactions != null) noteDraft = reactions.noteText();
        Part back = part;
        DebriefScreen.Data d = data;
        ctx.nav().replay(d, rec -> ctx.nav().display(new PearlsScreen(ctx, d.withRecord(rec), job, back)));
    }

    private void again() {
        Mode mode = Mode.orDefault(data.record() == null ? null : data.record().mode());
        ctx.data().usable(data.scenario().id()).ifPresentOrElse(e -> ctx.nav().start(e, mode), () -> ctx.nav().menu());
    }

    @Override
    public void render(float delta) {
        if (waiting && job.finished()) {
            fresh = true;
            rebuild();
            report("debrief-ready");
        }
        super.render(delta);
    }

    @Override
    protected boolean onKey(int keycode) {
        if (pageScroll(pane, keycode)) return true;
        if (focus.typingInField()) return false;
        if (keycode >= Input.Keys.NUM_1 && keycode <= Input.Keys.NUM_4) {
            goTo(Part.values()[keycode - Input.Keys.NUM_1]);
            return true;
        }
        return false;
    }
}
