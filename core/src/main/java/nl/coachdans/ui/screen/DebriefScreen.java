package nl.coachdans.ui.screen;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.engine.Transcript;
import nl.coachdans.engine.Turn;
import nl.coachdans.record.SessionRecord;
import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Curriculum;
import nl.coachdans.scenario.Framework;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Risk;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Step;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.DanceMeasures;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.ScoreProfile;
import nl.coachdans.scoring.StepResult;
import nl.coachdans.ui.UiContext;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.util.Map;
import java.util.Optional;

/**
 * The short debrief after a session: how it ended and its lesson, critical risks apart, a band per
 * axis, per framework the steps reached (with turn) and the risks committed (with turn, why and
 * source), and the talk itself with any think-first words. The full PEARLS debrief and the replay
 * are built on top of this later.
 */
public final class DebriefScreen extends BaseScreen {
    /** What the debrief shows; {@code note} explains a record's status when it is not plain OK. */
    public record Data(Scenario scenario, Curriculum curriculum, Transcript transcript, ScoreProfile profile,
                       SessionRecord record, String note, boolean live) { }

    private final Data data;
    private ScrollPane pane;

    public DebriefScreen(UiContext ctx, Data data) {
        super(ctx);
        this.data = data;
    }

    @Override
    protected String name() {
        return "debrief";
    }

    @Override
    protected String detail() {
        return data.scenario().id();
    }

    @Override
    protected void build(Table root, Ui ui) {
        float g = ui.gap();
        Table page = new Table();
        page.top().left();
        page.defaults().growX().left().padBottom(g);

        Table buttons = new Table();
        buttons.left();
        buttons.add(ui.button("again", t().get("debrief.again"), Styles.PRIMARY, this::again)).padRight(g);
        if (!data.live()) buttons.add(ui.button("history", t().get("debrief.toHistory"), Styles.DEFAULT, () -> ctx.nav().history())).padRight(g);
        buttons.add(ui.button("menu", t().get("pause.menu"), Styles.DEFAULT, () -> ctx.nav().menu()));

        page.add(ui.label(t().get("debrief.title"), Styles.MUTED)).padBottom(0).row();
        page.add(ui.wrapped(t().of(data.scenario().title()), Styles.HEADING)).row();
        if (data.note() != null) page.add(ui.wrapped(data.note(), Styles.WARNING)).row();
        if (data.record() != null && data.record().mode() != null) {
            page.add(ui.label(ctx.words().mode(data.record().mode()), Styles.SMALL)).row();
        }
        page.add(ui.section("ending", ending(ui))).row();
        if (!data.profile().critical().isEmpty()) page.add(ui.section("critical", critical(ui))).row();
        page.add(ui.section("bands", bands(ui))).row();
        for (FrameworkResult fr : data.profile().frameworks()) page.add(ui.section("fw-" + fr.framework(), framework(ui, fr))).row();
        page.add(ui.section("dance", dance(ui))).row();
        page.add(ui.section("talk", talk(ui))).row();
        page.add(buttons).row();

        root.pad(g * 1.5f);
        pane = scroll(column(page, 46f));
        root.add(pane).grow().row();
        root.add(ui.wrapped(t().get("debrief.keys"), Styles.MUTED)).growX().padTop(g * 0.5f);
        focus.focusId("ending");
    }

    private Table ending(Ui ui) {
        float g = ui.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        ScoreProfile p = data.profile();
        if (p.finished()) {
            box.add(ui.label(t().format("debrief.ending", ctx.words().quality(p.ending())), Styles.BOLD)).padBottom(g * 0.4f).row();
            if (data.transcript().endingText() != null) box.add(ui.wrapped(t().of(data.transcript().endingText()), Styles.DEFAULT)).padBottom(g * 0.4f).row();
            Node end = data.scenario().node(p.endingNode());
            if (end != null && end.lesson() != null) {
                box.add(ui.label(t().get("debrief.lesson"), Styles.ACCENT)).row();
                box.add(ui.wrapped(t().of(end.lesson()), Styles.DEFAULT)).row();
            }
        } else {
            box.add(ui.wrapped(t().get("debrief.unfinished"), Styles.DEFAULT)).row();
        }
        return box;
    }

    private Table critical(Ui ui) {
        float g = ui.gap();
        Table box = ui.panel(Styles.DANGER_PANEL);
        box.defaults().growX().left();
        box.add(ui.label("\u26A0 " + t().get("debrief.critical"), Styles.DANGER)).row();
        box.add(ui.wrapped(t().get("debrief.criticalWhy"), Styles.SMALL)).padBottom(g * 0.4f).row();
        for (RiskEvent r : data.profile().critical()) addRisk(box, ui, r);
        return box;
    }

    private Table bands(Ui ui) {
        float g = ui.gap();
        Table box = new Table();
        box.defaults().left().padBottom(g * 0.35f);
        box.add(ui.label(t().get("debrief.bands"), Styles.BOLD)).colspan(2).row();
        for (Map.Entry<String, Band> e : data.profile().bands().entrySet()) {
            box.add(ui.wrapped(axisName(e.getKey()), Styles.DEFAULT)).growX().padRight(g);
            Table chip = ui.panel(Styles.CHIP);
            chip.add(ui.label(ctx.words().band(e.getValue()), bandStyle(e.getValue())));
            box.add(chip).right().row();
        }
        return box;
    }

    private String axisName(String key) {
        if (key.equals("ending")) return t().get("debrief.axis.ending");
        if (key.equals("dance")) return t().get("debrief.axis.dance");
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            String fw = frameworkTitle(key.substring(0, dot));
            String axis = key.substring(dot + 1);
            return t().format(axis.equals("steps") ? "debrief.axis.steps" : "debrief.axis.risks", fw);
        }
        return key;
    }

    private static String bandStyle(Band b) {
        return switch (b) {
            case BEKWAAM -> Styles.SUCCESS;
            case IN_ONTWIKKELING -> Styles.BOLD;
            case NOG_NIET -> Styles.DANGER;
        };
    }

    private Table framework(Ui ui, FrameworkResult fr) {
        float g = ui.gap();
        Optional<Framework> fw = data.curriculum().framework(fr.framework());
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(frameworkTitle(fr.framework()), Styles.BOLD)).padBottom(g * 0.4f).row();
        box.add(ui.label(t().get("debrief.steps"), Styles.MUTED)).row();
        for (StepResult s : fr.steps()) {
            String name = fw.flatMap(f -> f.step(s.id())).map(Step::name).map(t()::of).orElse(s.id());
            String line = s.reached()
                    ? "\u2713 " + name + " \u2013 " + t().format("debrief.atTurn", s.turn()) + (s.inOrder() ? "" : " " + t().get("debrief.outOfOrder"))
                    : "\u25CB " + name + " \u2013 " + t().get("debrief.notReached");
            box.add(ui.wrapped(line, s.reached() ? Styles.DEFAULT : Styles.MUTED)).padLeft(g * 0.5f).row();
        }
        box.add(ui.label(t().get("debrief.risks"), Styles.MUTED)).padTop(g * 0.5f).row();
        if (fr.risks().isEmpty()) box.add(ui.wrapped(t().get("debrief.noRisks"), Styles.DEFAULT)).padLeft(g * 0.5f).row();
        for (RiskEvent r : fr.risks()) {
            if (r.severity() == nl.coachdans.scenario.Severity.CRITICAL) addCriticalReference(box, ui, r);
            else addRisk(box, ui, r);
        }
        return box;
    }

    /** A critical risk is explained once, in its own box above; here it is only listed. */
    private void addCriticalReference(Table box, Ui ui, RiskEvent r) {
        String name = data.curriculum().framework(r.framework()).flatMap(f -> f.risk(r.id())).map(Risk::name).map(t()::of).orElse(r.id());
        box.add(ui.wrapped("\u26A0 " + name + " \u2013 " + t().format("debrief.atTurn", r.turn()) + " " + t().get("debrief.seeCritical"),
                Styles.DANGER)).padLeft(ui.gap() * 0.5f).row();
    }

    private void addRisk(Table box, Ui ui, RiskEvent r) {
        float g = ui.gap();
        Optional<Framework> fw = data.curriculum().framework(r.framework());
        Optional<Risk> def = fw.flatMap(f -> f.risk(r.id()));
        String name = def.map(Risk::name).map(t()::of).orElse(r.id());
        String severity = t().get(r.severity() == nl.coachdans.scenario.Severity.CRITICAL ? "debrief.severity.critical" : "debrief.severity.warning");
        box.add(ui.wrapped("\u26A0 " + name + " \u2013 " + t().format("debrief.atTurn", r.turn()) + " (" + severity + ")",
                r.severity() == nl.coachdans.scenario.Severity.CRITICAL ? Styles.DANGER : Styles.BOLD)).padLeft(g * 0.5f).row();
        def.map(Risk::explanation).ifPresent(e -> box.add(ui.wrapped(t().of(e), Styles.DEFAULT)).padLeft(g * 1.2f).row());
        if (r.byOrder()) box.add(ui.wrapped(t().get("debrief.byOrder"), Styles.MUTED)).padLeft(g * 1.2f).row();
        fw.map(Framework::source).ifPresent(src -> box.add(ui.wrapped(t().format("debrief.source", src.cite()), Styles.MUTED))
                .padLeft(g * 1.2f).padBottom(g * 0.4f).row());
    }

    private Table dance(Ui ui) {
        Table box = new Table();
        box.defaults().growX().left();
        DanceMeasures d = data.profile().dance();
        box.add(ui.label(t().get("debrief.dance"), Styles.BOLD)).row();
        String fit = d.judged() == 0 ? t().get("debrief.danceNone") : t().format("debrief.danceFit", d.inTune(), d.judged());
        box.add(ui.wrapped(fit + " " + t().format("debrief.danceLead", d.coachLed(), d.sharedLead(), d.clientLed()), Styles.DEFAULT)).row();
        return box;
    }

    private Table talk(Ui ui) {
        float g = ui.gap();
        Table box = new Table();
        box.defaults().growX().left();
        box.add(ui.label(t().get("debrief.talk"), Styles.BOLD)).padBottom(g * 0.4f).row();
        String client = data.scenario().client() == null ? "" : data.scenario().client().name();
        for (Turn turn : data.transcript().turns()) {
            // One paragraph per turn: an email's blank lines would make the overview hard to scan.
            String said = t().of(turn.shown()).replaceAll("\\s+", " ").strip();
            box.add(ui.wrapped(t().format("debrief.turn", turn.number()) + "  " + client + ": " + said, Styles.MUTED)).row();
            String thought = thoughtAt(turn.number());
            if (thought != null) box.add(ui.wrapped(t().format("debrief.thought", thought), Styles.SMALL)).padLeft(g).row();
            Choice c = data.scenario().findChoice(turn.choice()).map(Map.Entry::getValue).orElse(null);
            box.add(ui.wrapped(t().format("debrief.you", c == null ? turn.choice() : t().of(c.text())), Styles.DEFAULT))
                    .padLeft(g).padBottom(g * 0.5f).row();
        }
        return box;
    }

    private String thoughtAt(int number) {
        SessionRecord r = data.record();
        if (r == null || number < 1 || number > r.choices().size()) return null;
        return r.choices().get(number - 1).thought();
    }

    private String frameworkTitle(String id) {
        return data.curriculum().framework(id).map(Framework::title).map(t()::of).orElse(id);
    }

    private void again() {
        var mode = data.record() == null ? nl.coachdans.record.Mode.PRACTICE : data.record().mode();
        ctx.data().usable(data.scenario().id()).ifPresentOrElse(e -> ctx.nav().start(e, mode), () -> ctx.nav().menu());
    }

    @Override
    protected boolean onKey(int keycode) {
        // Page keys scroll the long page without moving the focus.
        if (keycode == Input.Keys.PAGE_DOWN || keycode == Input.Keys.PAGE_UP) {
            float step = pane.getHeight() * 0.85f * (keycode == Input.Keys.PAGE_DOWN ? 1 : -1);
            pane.setScrollY(pane.getScrollY() + step);
            pane.updateVisualScroll();
            return true;
        }
        return false;
    }
}
