package nl.coachdans.ui.debrief;

import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.debrief.SelfRating;
import nl.coachdans.debrief.TurningPoint;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.scoring.DanceMeasures;
import nl.coachdans.scoring.FrameworkResult;
import nl.coachdans.scoring.RiskEvent;
import nl.coachdans.scoring.StepResult;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.widget.Ui;

import java.util.Map;

/**
 * PEARLS part 3, analysis: critical risks apart (points never cancel them out), the band per axis,
 * per framework the steps reached (turn, in order or not) with the trainee's own rating beside the
 * computed one, the risks committed (turn, why, source), the dance, and the turning points.
 */
final class AnalysisPart {
    private final PartContext c;

    AnalysisPart(PartContext c) {
        this.c = c;
    }

    Table build() {
        Ui ui = c.ui();
        float g = c.gap();
        Table page = c.page();
        if (!c.data().profile().critical().isEmpty()) page.add(ui.section("critical", critical(ui))).row();
        page.add(ui.section("profile", bands(ui))).row();
        for (FrameworkResult fr : c.data().profile().frameworks()) page.add(ui.section("fw-" + fr.framework(), framework(ui, fr))).row();
        page.add(ui.section("dance", dance(ui))).row();
        page.add(ui.wrapped(c.dt().text("turning.title"), Styles.HEADING)).padBottom(g * 0.2f).row();
        page.add(ui.wrapped(c.dt().text("turning.intro"), Styles.MUTED)).row();
        if (c.debrief().turningPoints().isEmpty()) page.add(ui.wrapped(c.dt().text("turning.none"), Styles.DEFAULT)).row();
        TurningPointView view = new TurningPointView(c);
        for (TurningPoint tp : c.debrief().turningPoints()) page.add(ui.section("turn-" + tp.turn(), view.build(tp))).row();
        return page;
    }

    private Table critical(Ui ui) {
        float g = c.gap();
        Table box = ui.panel(Styles.DANGER_PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(c.dt().text("analysis.critical"), Styles.DANGER)).row();
        box.add(ui.wrapped(c.dt().text("analysis.criticalWhy"), Styles.SMALL)).padBottom(g * 0.4f).row();
        for (RiskEvent r : c.data().profile().critical()) addRisk(box, ui, r);
        return box;
    }

    private Table bands(Ui ui) {
        float g = c.gap();
        Table box = new Table();
        box.defaults().left().padBottom(g * 0.35f);
        box.add(ui.label(c.dt().text("analysis.bands"), Styles.BOLD)).colspan(2).row();
        for (Map.Entry<Axis, Band> e : c.data().profile().bands().entrySet()) {
            box.add(ui.wrapped(axisName(e.getKey()), Styles.DEFAULT)).growX().padRight(g);
            Table chip = ui.panel(Styles.CHIP);
            chip.add(ui.label(c.words().band(e.getValue()), Styles.band(e.getValue())));
            box.add(chip).right().row();
        }
        return box;
    }

    private String axisName(Axis axis) {
        return switch (axis.kind()) {
            case STEPS -> c.dt().text("axis.steps", c.names().framework(axis.framework()));
            case RISKS -> c.dt().text("axis.risks", c.names().framework(axis.framework()));
            case ENDING -> c.dt().text("axis.ending");
            case DANCE -> c.dt().text("axis.dance");
        };
    }

    private Table framework(Ui ui, FrameworkResult fr) {
        float g = c.gap();
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(c.names().framework(fr.framework()), Styles.BOLD)).padBottom(g * 0.4f).row();
        box.add(ui.label(c.dt().text("analysis.steps"), Styles.MUTED)).row();
        for (StepResult s : fr.steps()) {
            String name = c.names().step(fr.framework(), s.id());
            String where = !s.reached() ? c.dt().text("analysis.notReached")
                    : c.dt().text(s.inOrder() ? "analysis.reachedInOrder" : "analysis.reachedOutOfOrder", s.turn());
            box.add(ui.wrapped(c.dt().text(s.reached() ? "analysis.stepReached" : "analysis.stepMissed", name, where),
                    s.reached() ? Styles.DEFAULT : Styles.MUTED)).padLeft(g * 0.5f).row();
            box.add(ui.wrapped(selfLine(fr.framework(), s.id()), Styles.SMALL)).padLeft(g * 1.6f).padBottom(g * 0.3f).row();
        }
        box.add(ui.label(c.dt().text("analysis.risks"), Styles.MUTED)).padTop(g * 0.4f).row();
        if (fr.risks().isEmpty()) box.add(ui.wrapped(c.dt().text("analysis.noRisks"), Styles.DEFAULT)).padLeft(g * 0.5f).row();
        for (RiskEvent r : fr.risks()) {
            if (r.severity() == Severity.CRITICAL) {
                box.add(ui.wrapped(c.dt().text("analysis.criticalRef", c.names().risk(r.framework(), r.id()), r.turn()), Styles.DANGER))
                        .padLeft(g * 0.5f).row();
            } else {
                addRisk(box, ui, r);
            }
        }
        return box;
    }

    /** The trainee's rating beside the computed band, and which way they differ. */
    private String selfLine(String framework, String step) {
        Band computed = null;
        for (SelfRating r : c.debrief().ratings()) {
            if (r.framework().equals(framework) && r.step().equals(step)) computed = r.computed();
        }
        Band self = c.ratings().get(framework, step);
        String mine = self == null ? c.dt().text("analysis.notRated") : c.words().band(self);
        String theirs = computed == null ? "" : c.words().band(computed);
        String verdict = self == null || computed == null ? ""
                : c.dt().text(self.ordinal() > computed.ordinal() ? "analysis.selfHigher"
                : self.ordinal() < computed.ordinal() ? "analysis.selfLower" : "analysis.selfSame");
        return c.dt().text("analysis.selfVsComputed", mine, theirs) + (verdict.isEmpty() ? "" : " " + verdict);
    }

    private void addRisk(Table box, Ui ui, RiskEvent r) {
        float g = c.gap();
        boolean critical = r.severity() == Severity.CRITICAL;
        String severity = c.dt().text(critical ? "analysis.severityCritical" : "analysis.severityWarning");
        box.add(ui.wrapped(c.dt().text("analysis.risk", c.names().risk(r.framework(), r.id()), r.turn(), severity),
                critical ? Styles.DANGER : Styles.BOLD)).padLeft(g * 0.5f).row();
        String why = c.names().riskExplanation(r.framework(), r.id());
        if (!why.isEmpty()) box.add(ui.wrapped(why, Styles.DEFAULT)).padLeft(g * 1.2f).row();
        if (r.byOrder()) box.add(ui.wrapped(c.dt().text("analysis.byOrder"), Styles.MUTED)).padLeft(g * 1.2f).row();
        String src = c.names().source(r.framework());
        if (src != null) box.add(ui.wrapped(c.dt().text("analysis.source", src), Styles.MUTED)).padLeft(g * 1.2f).padBottom(g * 0.4f).row();
    }

    private Table dance(Ui ui) {
        Table box = new Table();
        box.defaults().growX().left();
        DanceMeasures d = c.data().profile().dance();
        box.add(ui.label(c.dt().text("analysis.dance"), Styles.BOLD)).row();
        String fit = d.judged() == 0 ? c.dt().text("analysis.danceNone") : c.dt().text("analysis.danceFit", d.inTune(), d.judged());
        box.add(ui.wrapped(fit + " " + c.dt().text("analysis.danceLead", d.coachLed(), d.sharedLead(), d.clientLed()), Styles.DEFAULT)).row();
        return box;
    }
}
