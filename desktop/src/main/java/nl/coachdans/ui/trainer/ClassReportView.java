package nl.coachdans.ui.trainer;

import nl.coachdans.ui.text.Dates;
import nl.coachdans.ui.text.Names;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.scenes.scene2d.ui.HorizontalGroup;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.classreport.ClassReport;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.scenario.Severity;
import nl.coachdans.scoring.Axis;
import nl.coachdans.scoring.Band;
import nl.coachdans.ui.text.AssignmentWords;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.look.Palette;
import nl.coachdans.ui.look.Styles;
import nl.coachdans.ui.text.FeatureTexts;
import nl.coachdans.ui.text.Texts;
import nl.coachdans.ui.text.Words;
import nl.coachdans.ui.widget.Ui;

import java.util.List;
import java.util.Map;

/**
 * The class report on screen, section by section as in the HTML: every file with its status, per
 * student and scenario the attempt shown with its bands and pass/fail, bands per scenario, the
 * most common risks and at which decision, self-rating against the computed band, and the study
 * marks. Long lists are cut off with a count; the HTML report has them all.
 */
final class ClassReportView {
    private static final int FILES_SHOWN = 200;
    private static final int RISKS_SHOWN = 10;
    private static final int MARKS_SHOWN = 60;

    private final ClassReport report;
    private final Ui ui;
    private final FeatureTexts tx;
    private final Texts t;
    private final Words words;
    private final Names names;
    private final AssignmentWords aw;
    private final Look look;
    private final float g;

    ClassReportView(ClassReport report, Ui ui, FeatureTexts tx, Texts t, Names names, Look look) {
        this.report = report;
        this.ui = ui;
        this.tx = tx;
        this.t = t;
        this.words = new Words(t);
        this.names = names;
        this.aw = new AssignmentWords(tx, words, names, new Dates(t.language()));
        this.look = look;
        this.g = ui.gap();
    }

    /** Adds every section to {@code page}, each a focusable part. */
    void addTo(Table page) {
        page.add(ui.section("totals", totals())).row();
        page.add(ui.section("files", files())).row();
        page.add(ui.section("students", students())).row();
        page.add(ui.section("bands", bands())).row();
        page.add(ui.section("risks", risks())).row();
        page.add(ui.section("calibration", calibration())).row();
        page.add(ui.section("annotations", annotations())).row();
    }

    private Table box(String title) {
        Table box = ui.panel(Styles.PANEL);
        box.defaults().growX().left();
        box.add(ui.wrapped(title, Styles.BOLD)).colspan(2).padBottom(g * 0.4f).row();
        return box;
    }

    private Table totals() {
        ClassReport.Totals s = report.totals();
        Table box = box(tx.text("report.totalsTitle"));
        box.add(ui.wrapped(tx.text("report.totals", s.files(), s.records(), s.counted(), s.students()), Styles.DEFAULT)).padBottom(g * 0.3f).row();
        box.add(ui.wrapped(tx.text("report.statuses", s.ok(), s.altered(), s.stale(), s.corrupt()), Styles.SMALL)).padBottom(g * 0.3f).row();
        if (report.assignment() == null) {
            box.add(ui.wrapped(tx.text("report.noAssignment"), Styles.MUTED)).row();
        } else {
            box.add(ui.wrapped(tx.text("report.assignment", report.assignment().title(), report.assignment().id()), Styles.DEFAULT)).row();
            box.add(ui.wrapped(aw.facts(report.assignment()), Styles.SMALL)).row();
            for (String c : aw.criteria(report.assignment())) box.add(ui.wrapped("\u2022 " + c, Styles.SMALL)).padLeft(g * 0.5f).row();
        }
        return box;
    }

    private String statusWord(RecordStatus s) {
        return tx.text("status." + s.code());
    }

    private static String statusStyle(RecordStatus s) {
        return switch (s) {
            case OK -> Styles.SUCCESS;
            case ALTERED -> Styles.WARNING;
            case STALE, CORRUPT -> Styles.DANGER;
        };
    }

    private Table files() {
        Table box = box(tx.text("report.filesTitle"));
        box.add(ui.wrapped(tx.text("report.filesIntro"), Styles.MUTED)).padBottom(g * 0.4f).row();
        // One table for all rows, so the status words form a column and the details line up.
        Table list = new Table();
        list.defaults().left().top();
        List<ClassReport.FileEntry> all = report.records();
        int shown = 0;
        for (ClassReport.FileEntry f : all) {
            if (shown++ == FILES_SHOWN) break;
            String where = f.file() + (f.item() == null ? "" : " #" + f.item());
            String who = f.student() == null ? "" : "  \u00B7  " + f.student();
            String what = f.scenario() == null ? "" : "  \u00B7  " + names.client(f.scenario());
            String counted = "  \u00B7  " + tx.text(f.counted() ? "report.counted" : "report.notCounted");
            list.add(ui.label(statusWord(f.status()), statusStyle(f.status()))).padRight(g * 0.6f).padTop(g * 0.25f);
            list.add(ui.wrapped(where + who + what + counted, Styles.SMALL)).growX().padTop(g * 0.25f).row();
            if (f.explanation() != null) {
                list.add();
                list.add(ui.wrapped(tx.explain(f.explanation()), Styles.MUTED)).growX().row();
            }
        }
        box.add(list).growX().row();
        if (all.size() > FILES_SHOWN) box.add(ui.wrapped(tx.text("report.more", all.size() - FILES_SHOWN), Styles.MUTED)).padTop(g * 0.3f).row();
        return box;
    }

    private Table students() {
        Table box = box(tx.text("report.studentsTitle"));
        if (report.students().isEmpty()) box.add(ui.wrapped(tx.text("report.noStudents"), Styles.DEFAULT)).row();
        for (ClassReport.Student s : report.students()) {
            String overall = s.passed() == null ? "" : "  \u2013  " + tx.text(s.passed() ? "report.passed" : "report.notPassed");
            box.add(ui.wrapped(s.name() + overall, s.passed() == null ? Styles.BOLD : s.passed() ? Styles.SUCCESS : Styles.DANGER))
                    .padTop(g * 0.3f).row();
            for (ClassReport.ScenarioOutcome o : s.scenarios()) box.add(outcome(o)).padLeft(g * 0.6f).padBottom(g * 0.2f).row();
        }
        return box;
    }

    private Table outcome(ClassReport.ScenarioOutcome o) {
        Table t = new Table();
        t.defaults().left();
        if (o.attempts() == 0) {
            t.add(ui.wrapped(names.client(o.scenario()) + ": " + tx.text("report.noAttempt"), Styles.MUTED)).growX().row();
            return t;
        }
        StringBuilder line = new StringBuilder(names.client(o.scenario())).append(": ");
        if (o.passed() != null) line.append(tx.text(o.passed() ? "report.passed" : "report.notPassed")).append("  \u00B7  ");
        line.append(tx.text("report.attempts", o.attempts()));
        line.append("  \u00B7  ").append(o.finished() ? tx.text("report.ending", endingWord(o.ending())) : tx.text("report.unfinished"));
        if (o.criticalRisks() > 0) line.append("  \u00B7  ").append(tx.text("report.critical", o.criticalRisks()));
        if (o.late()) line.append("  \u00B7  ").append(tx.text("attempts.late"));
        t.add(ui.wrapped(line.toString(), Styles.SMALL)).growX().row();
        // The chips flow onto more lines when the window is narrow or the text large.
        HorizontalGroup chips = new HorizontalGroup();
        chips.wrap();
        chips.space(g * 0.3f);
        chips.wrapSpace(g * 0.2f);
        chips.rowLeft();
        for (Map.Entry<Axis, Band> e : o.bands().entrySet()) {
            Table chip = ui.panel(Styles.CHIP);
            chip.add(ui.label(shortAxis(e.getKey()) + ": ", Styles.SMALL));
            chip.add(ui.label(words.band(e.getValue()), Styles.band(e.getValue())));
            chips.addActor(chip);
        }
        t.add(chips).growX().left().padBottom(g * 0.2f).row();
        for (AssignmentRules.Check c : o.failures()) t.add(ui.wrapped("\u2013 " + aw.failure(c), Styles.MUTED)).growX().row();
        return t;
    }

    private String endingWord(String code) {
        return code == null ? "" : t.get("quality." + code);
    }

    /** Axis names are long ("Stappen – Voorwaarden voor ..."); chips use the short axis word. */
    private String shortAxis(Axis axis) {
        return switch (axis.kind()) {
            case STEPS -> t.get("debrief.steps");
            case RISKS -> t.get("debrief.risks");
            case ENDING, DANCE -> names.axis(axis);
        };
    }

    private Table bands() {
        Table box = box(tx.text("report.bandsTitle"));
        box.add(ui.wrapped(tx.text("report.bandsIntro"), Styles.MUTED)).colspan(2).padBottom(g * 0.4f).row();
        Palette p = look.palette();
        Color[] colours = {p.danger(), p.warning(), p.success()};
        String scenario = null;
        for (ClassReport.BandTally b : report.bands()) {
            if (!b.scenario().equals(scenario)) {
                scenario = b.scenario();
                box.add(ui.wrapped(names.scenario(scenario), Styles.BOLD)).colspan(2).padTop(g * 0.3f).row();
            }
            box.add(ui.wrapped(names.axis(b.axis()), Styles.SMALL)).width(look.size().body() * 14f).expand(0, 0).padRight(g * 0.8f).padBottom(g * 0.3f);
            Table right = new Table();
            right.add(bar(new int[] {b.nogNiet(), b.inOntwikkeling(), b.bekwaam()}, colours)).growX().row();
            right.add(ui.wrapped(tx.text("report.bandCounts", b.nogNiet(), b.inOntwikkeling(), b.bekwaam()), Styles.MUTED)).growX().left();
            box.add(right).growX().padBottom(g * 0.3f).row();
        }
        if (report.bands().isEmpty()) box.add(ui.wrapped(tx.text("report.none"), Styles.DEFAULT)).colspan(2).row();
        return box;
    }

    private TallyBar bar(int[] counts, Color[] colours) {
        Palette p = look.palette();
        return new TallyBar(counts, colours, look.white(), p.surfaceAlt(), look.size().body() * 0.8f);
    }

    private Table risks() {
        Table box = box(tx.text("report.risksTitle"));
        box.add(ui.wrapped(tx.text("report.risksIntro"), Styles.MUTED)).padBottom(g * 0.4f).row();
        if (report.risks().isEmpty()) box.add(ui.wrapped(tx.text("report.noRisks"), Styles.DEFAULT)).row();
        report.risks().stream().limit(RISKS_SHOWN).forEach(r -> {
            boolean critical = r.severity() == Severity.CRITICAL;
            String name = r.name() != null ? t.of(r.name()) : names.risk(r.framework(), r.risk());
            box.add(ui.wrapped(tx.text(critical ? "report.riskCritical" : "report.risk", r.count(), name, names.client(r.scenario()),
                    r.sessions(), r.students()), critical ? Styles.DANGER : Styles.BOLD)).padTop(g * 0.2f).row();
            for (ClassReport.Decision d : r.at()) {
                String choice = d.choiceText() != null ? t.of(d.choiceText()) : d.choice();
                box.add(ui.wrapped(tx.text("report.at", d.node(), choice, d.count()), Styles.SMALL)).padLeft(g * 0.6f).row();
            }
        });
        if (report.risks().size() > RISKS_SHOWN) box.add(ui.wrapped(tx.text("report.more", report.risks().size() - RISKS_SHOWN), Styles.MUTED)).row();
        return box;
    }

    private Table calibration() {
        Table box = box(tx.text("report.calibrationTitle"));
        box.add(ui.wrapped(tx.text("report.calibrationIntro"), Styles.MUTED)).colspan(2).padBottom(g * 0.4f).row();
        Palette p = look.palette();
        Color[] colours = {p.accent(), p.success(), p.danger()};
        if (report.calibrationTotals().isEmpty()) box.add(ui.wrapped(tx.text("report.noRatings"), Styles.DEFAULT)).colspan(2).row();
        for (ClassReport.CalibrationCount c : report.calibrationTotals()) {
            box.add(ui.wrapped(names.axis(c.axis()), Styles.SMALL)).width(look.size().body() * 14f).expand(0, 0).padRight(g * 0.8f).padBottom(g * 0.3f);
            Table right = new Table();
            right.add(bar(new int[] {c.under(), c.accurate(), c.over()}, colours)).growX().row();
            right.add(ui.wrapped(tx.text("report.calibrationCounts", c.under(), c.accurate(), c.over()), Styles.MUTED)).growX().left();
            box.add(right).growX().padBottom(g * 0.3f).row();
        }
        for (ClassReport.Calibration s : report.calibration()) {
            ClassReport.CalibrationCount t = s.total();
            box.add(ui.wrapped(s.student() + ": " + tx.text("report.calibrationCounts", t.under(), t.accurate(), t.over()), Styles.SMALL))
                    .colspan(2).row();
        }
        return box;
    }

    private Table annotations() {
        Table box = box(tx.text("report.marksTitle"));
        box.add(ui.wrapped(tx.text("report.marksIntro"), Styles.MUTED)).padBottom(g * 0.4f).row();
        if (report.annotations().isEmpty()) box.add(ui.wrapped(tx.text("report.noMarks"), Styles.DEFAULT)).row();
        for (ClassReport.AnnotationTally a : report.annotationTallies()) {
            String choice = a.choiceText() != null ? t.of(a.choiceText()) : a.choice();
            box.add(ui.wrapped(tx.text("report.markTally", names.client(a.scenario()), choice, a.herken(), a.verbaast(), a.ergert()),
                    Styles.SMALL)).padBottom(g * 0.2f).row();
        }
        report.annotations().stream().limit(MARKS_SHOWN).forEach(r -> box.add(ui.wrapped(tx.text("report.mark", r.student(),
                names.client(r.scenario()), r.turn(), reaction(r.reaction()), r.note() == null ? "" : r.note()), Styles.MUTED)).row());
        if (report.annotations().size() > MARKS_SHOWN) {
            box.add(ui.wrapped(tx.text("report.more", report.annotations().size() - MARKS_SHOWN), Styles.MUTED)).row();
        }
        return box;
    }

    private String reaction(Annotation.Reaction r) {
        return r == null ? "" : tx.text("reaction." + r.code());
    }
}
