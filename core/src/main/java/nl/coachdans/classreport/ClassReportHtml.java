package nl.coachdans.classreport;

import nl.coachdans.assignments.Assignment;
import nl.coachdans.assignments.AssignmentRules;
import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scoring.AxisKind;
import nl.coachdans.scoring.Band;

import java.util.ArrayList;
import java.util.List;

/**
 * The class report as one self-contained HTML file: inline CSS, inline SVG charts, no scripts,
 * no fonts or images from elsewhere, so it opens offline and can be mailed or archived as is.
 * Every text that comes from a file (names, notes, messages, content) is escaped. The same
 * report always gives the same bytes.
 */
public final class ClassReportHtml {
    private static final String[] BAND_COLOURS = {"#c0392b", "#e08a1e", "#2e8b57"};
    private static final String[] CAL_COLOURS = {"#5b7fb9", "#2e8b57", "#c0392b"};
    private static final int TOP_RISKS = 10;

    private final ClassReport report;
    private final Language lang;
    private final ReportWords w;
    private final StringBuilder h = new StringBuilder(64 * 1024);

    private ClassReportHtml(ClassReport report, Language lang) {
        this.report = report;
        this.lang = lang;
        this.w = new ReportWords(lang);
    }

    public static String render(ClassReport report, Language language) {
        return new ClassReportHtml(report, language == null ? Language.NL : language).page();
    }

    private String page() {
        String title = w.get("title") + (report.assignment() == null ? "" : " \u2013 " + report.assignment().title());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        assignment();
        h.append("</header>\n<main>\n");
        files();
        students();
        bands();
        risks();
        calibration();
        annotations();
        h.append("</main>\n<footer>").append(esc(w.get("footer"))).append("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private void assignment() {
        Assignment a = report.assignment();
        if (a == null) {
            h.append("<p class=\"muted\">").append(esc(w.get("noAssignment"))).append("</p>\n");
            return;
        }
        h.append("<dl class=\"facts\">\n");
        fact(w.get("assignment"), a.title() + " (" + a.id() + ")");
        fact(w.get("trainer"), a.trainer());
        fact(w.get("mode"), a.mode() == Mode.EXAM ? w.get("exam") : w.get("practice"));
        fact(w.get("attempts"), a.attempts() == null ? w.get("unlimited") : String.valueOf(a.attempts()));
        if (a.due() != null) fact(w.get("due"), a.due().toString());
        List<String> crit = new ArrayList<>();
        crit.add(w.get("finishedCrit"));
        a.pass().bands().forEach((k, b) -> crit.add(w.axis(k) + " " + w.get("atLeast") + " " + w.band(b)));
        if (a.pass().noCriticalRisk()) crit.add(w.get("noCritical"));
        fact(w.get("criteria"), String.join("; ", crit));
        h.append("</dl>\n");
    }

    private void fact(String term, String value) {
        h.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private void files() {
        ClassReport.Totals t = report.totals();
        h.append("<section id=\"files\">\n<h2>").append(esc(w.get("files"))).append("</h2>\n<p>").append(esc(w.get("filesIntro"))).append("</p>\n");
        h.append("<p class=\"totals\">").append(t.files()).append(' ').append(esc(w.get("filesCount"))).append(", ")
                .append(t.records()).append(' ').append(esc(w.get("recordsCount"))).append(", ")
                .append(t.counted()).append(' ').append(esc(w.get("countedCount"))).append("</p>\n<ul class=\"statuses\">\n");
        int[] counts = {t.ok(), t.altered(), t.stale(), t.corrupt()};
        for (RecordStatus s : RecordStatus.values()) {
            h.append("<li><span class=\"status ").append(s.code()).append("\">").append(esc(w.status(s))).append("</span> ")
                    .append(counts[s.ordinal()]).append(" \u2013 ").append(esc(w.get(s.code() + "Help"))).append("</li>\n");
        }
        h.append("</ul>\n");
        List<ClassReport.FileEntry> attention = report.records().stream()
                .filter(f -> f.status() != RecordStatus.OK || !f.counted() || f.explanation() != null).toList();
        if (!attention.isEmpty()) {
            h.append("<h3>").append(esc(w.get("attention"))).append(" (").append(attention.size()).append(")</h3>\n");
            fileTable(attention);
        }
        h.append("<details><summary>").append(esc(w.get("allFiles"))).append(" (").append(report.records().size()).append(")</summary>\n");
        fileTable(report.records());
        h.append("</details>\n</section>\n");
    }

    private void fileTable(List<ClassReport.FileEntry> entries) {
        h.append("<table>\n<thead><tr><th>").append(esc(w.get("file"))).append("</th><th>").append(esc(w.get("status")))
                .append("</th><th>").append(esc(w.get("student"))).append("</th><th>").append(esc(w.get("scenario")))
                .append("</th><th>").append(esc(w.get("counted"))).append("</th><th>").append(esc(w.get("message")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (ClassReport.FileEntry f : entries) {
            h.append("<tr><td class=\"file\">").append(esc(f.file() + (f.item() == null ? "" : " #" + f.item())))
                    .append("</td><td><span class=\"status ").append(f.status().code()).append("\">").append(esc(w.status(f.status())))
                    .append("</span></td><td>").append(esc(orEmpty(f.student()))).append("</td><td>").append(esc(orEmpty(f.scenario())))
                    .append("</td><td>").append(esc(f.counted() ? w.get("yes") : w.get("no"))).append("</td><td>")
                    .append(esc(w.explain(f.explanation()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private void students() {
        h.append("<section id=\"students\">\n<h2>").append(esc(w.get("students"))).append("</h2>\n<p>")
                .append(esc(w.get("studentsIntro"))).append("</p>\n<table class=\"grid\">\n<thead><tr><th>").append(esc(w.get("student"))).append("</th>");
        List<String> ids = report.scenarios().stream().map(ClassReport.ScenarioInfo::id).toList();
        for (ClassReport.ScenarioInfo s : report.scenarios()) h.append("<th>").append(esc(scenarioName(s))).append("</th>");
        if (report.assignment() != null) h.append("<th>").append(esc(w.get("overall"))).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (ClassReport.Student st : report.students()) {
            h.append("<tr><th scope=\"row\">").append(esc(st.name())).append("</th>");
            for (String id : ids) {
                ClassReport.ScenarioOutcome o = st.scenarios().stream().filter(x -> x.scenario().equals(id)).findFirst().orElse(null);
                h.append("<td>");
                if (o != null) outcome(o);
                h.append("</td>");
            }
            if (st.passed() != null) h.append("<td>").append(verdict(st.passed())).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void outcome(ClassReport.ScenarioOutcome o) {
        if (o.attempts() == 0) {
            h.append("<span class=\"muted\">").append(esc(w.get("noAttempt"))).append("</span>");
            if (o.passed() != null) h.append("<br>").append(verdict(false));
            return;
        }
        if (o.passed() != null) h.append(verdict(o.passed())).append(' ');
        h.append("<span class=\"muted\">").append(o.attempts()).append(' ').append(esc(w.get("attemptsShort"))).append("</span>");
        if (o.late()) h.append(" <span class=\"tag late\">").append(esc(w.get("late"))).append("</span>");
        h.append("<div class=\"chips\">");
        boolean several = o.bands().keySet().stream().filter(k -> k.kind() == AxisKind.STEPS).count() > 1;
        o.bands().forEach((k, b) -> h.append("<span class=\"chip b").append(b.ordinal()).append("\" title=\"")
                .append(esc(w.axis(k) + ": " + w.band(b))).append("\">").append(esc(several ? w.axis(k) : w.axisWord(k))).append("</span>"));
        h.append("</div>");
        if (!o.finished()) h.append("<div class=\"muted\">").append(esc(w.get("notFinished"))).append("</div>");
        if (o.criticalRisks() > 0) h.append("<div class=\"crit\">").append(o.criticalRisks()).append("\u00d7 ").append(esc(w.get("critical"))).append("</div>");
        List<String> why = new ArrayList<>();
        for (AssignmentRules.Check c : o.failures()) {
            String reason = switch (c.criterion()) {
                case BAND -> w.axis(c.axis()) + ": " + w.band(c.actual()) + " < " + w.band(c.required());
                case NO_CRITICAL_RISK, FINISHED -> null; // shown above the reasons already
                case MODE -> w.get("wrongMode");
                default -> w.failure(c);
            };
            if (reason != null) why.add(reason);
        }
        if (!why.isEmpty()) h.append("<div class=\"why\">").append(esc(String.join("; ", why))).append("</div>");
    }

    private String verdict(boolean passed) {
        return "<span class=\"verdict " + (passed ? "pass\">" : "fail\">") + esc(passed ? w.get("passed") : w.get("failed")) + "</span>";
    }

    private void bands() {
        h.append("<section id=\"bands\">\n<h2>").append(esc(w.get("bands"))).append("</h2>\n<p>").append(esc(w.get("bandsIntro"))).append("</p>\n");
        legend(new String[] {w.band(Band.NOG_NIET), w.band(Band.IN_ONTWIKKELING), w.band(Band.BEKWAAM)}, BAND_COLOURS);
        for (ClassReport.ScenarioInfo s : report.scenarios()) {
            List<ClassReport.BandTally> rows = report.bands().stream().filter(b -> b.scenario().equals(s.id())).toList();
            if (rows.isEmpty()) continue;
            h.append("<h3>").append(esc(scenarioName(s))).append("</h3>\n");
            List<String> labels = rows.stream().map(r -> w.axis(r.axis())).toList();
            List<int[]> values = rows.stream().map(r -> new int[] {r.nogNiet(), r.inOntwikkeling(), r.bekwaam()}).toList();
            stackedBars(labels, values, BAND_COLOURS, new String[] {w.band(Band.NOG_NIET), w.band(Band.IN_ONTWIKKELING), w.band(Band.BEKWAAM)});
        }
        h.append("</section>\n");
    }

    private void risks() {
        h.append("<section id=\"risks\">\n<h2>").append(esc(w.get("risks"))).append("</h2>\n<p>").append(esc(w.get("risksIntro"))).append("</p>\n");
        if (report.risks().isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(w.get("noRisks"))).append("</p>\n</section>\n");
            return;
        }
        List<ClassReport.RiskTally> top = report.risks().subList(0, Math.min(TOP_RISKS, report.risks().size()));
        int max = top.stream().mapToInt(ClassReport.RiskTally::count).max().orElse(1);
        int rowH = 26, labelW = 300, barW = 360, height = top.size() * rowH + 8;
        h.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(labelW + barW + 60).append(' ').append(height)
                .append("\" width=\"").append(labelW + barW + 60).append("\" height=\"").append(height).append("\">\n");
        for (int i = 0; i < top.size(); i++) {
            ClassReport.RiskTally r = top.get(i);
            int y = 4 + i * rowH;
            int len = Math.max(2, Math.round((float) r.count() * barW / max));
            String colour = r.severity() == nl.coachdans.scenario.Severity.CRITICAL ? "#c0392b" : "#e08a1e";
            h.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
                    .append(esc(clip(riskName(r) + " (" + r.scenario() + ")", 46))).append("</text>\n");
            h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"").append(len)
                    .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(colour).append("\"><title>")
                    .append(esc(riskName(r) + ": " + r.count())).append("</title></rect>\n");
            h.append("<text x=\"").append(labelW + len + 6).append("\" y=\"").append(y + 17).append("\">").append(r.count()).append("</text>\n");
        }
        h.append("</svg>\n<table>\n<thead><tr><th>").append(esc(w.get("risk"))).append("</th><th>").append(esc(w.get("scenario")))
                .append("</th><th>").append(esc(w.get("times"))).append("</th><th>").append(esc(w.get("sessions")))
                .append("</th><th>").append(esc(w.get("students"))).append("</th><th>").append(esc(w.get("where"))).append("</th></tr></thead>\n<tbody>\n");
        for (ClassReport.RiskTally r : report.risks()) {
            h.append("<tr><td>").append(esc(riskName(r)));
            if (r.severity() == nl.coachdans.scenario.Severity.CRITICAL) h.append(" <span class=\"tag crit\">").append(esc(w.get("critical"))).append("</span>");
            h.append("<div class=\"muted\">").append(esc(r.framework() + "/" + r.risk())).append("</div></td><td>").append(esc(r.scenario()))
                    .append("</td><td>").append(r.count()).append("</td><td>").append(r.sessions()).append("</td><td>").append(r.students())
                    .append("</td><td><ul class=\"plain\">");
            for (ClassReport.Decision d : r.at()) {
                h.append("<li><code>").append(esc(orEmpty(d.node()) + " \u2192 " + d.choice())).append("</code> \u00d7").append(d.count());
                if (d.choiceText() != null) h.append("<div class=\"quote\">").append(esc(d.choiceText().in(lang))).append("</div>");
                h.append("</li>");
            }
            h.append("</ul></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void calibration() {
        h.append("<section id=\"calibration\">\n<h2>").append(esc(w.get("calibration"))).append("</h2>\n<p>")
                .append(esc(w.get("calibrationIntro"))).append("</p>\n");
        if (report.calibrationTotals().isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(w.get("noRatings"))).append("</p>\n</section>\n");
            return;
        }
        String[] names = {w.get("under"), w.get("accurate"), w.get("over")};
        legend(names, CAL_COLOURS);
        h.append("<h3>").append(esc(w.get("class"))).append("</h3>\n");
        stackedBars(report.calibrationTotals().stream().map(c -> w.axis(c.axis())).toList(),
                report.calibrationTotals().stream().map(c -> new int[] {c.under(), c.accurate(), c.over()}).toList(), CAL_COLOURS, names);
        h.append("<table>\n<thead><tr><th>").append(esc(w.get("student"))).append("</th><th>").append(esc(w.get("axis")))
                .append("</th><th>").append(esc(names[0])).append("</th><th>").append(esc(names[1])).append("</th><th>")
                .append(esc(names[2])).append("</th></tr></thead>\n<tbody>\n");
        for (ClassReport.Calibration c : report.calibration()) {
            boolean first = true;
            for (ClassReport.CalibrationCount k : c.keys()) {
                h.append("<tr>");
                if (first) h.append("<th scope=\"row\" rowspan=\"").append(c.keys().size() + 1).append("\">").append(esc(c.student())).append("</th>");
                first = false;
                h.append("<td>").append(esc(w.axis(k.axis()))).append("</td><td>").append(k.under()).append("</td><td>")
                        .append(k.accurate()).append("</td><td>").append(k.over()).append("</td></tr>\n");
            }
            ClassReport.CalibrationCount t = c.total();
            h.append("<tr class=\"sum\"><td>").append(esc(w.get("overall"))).append("</td><td>").append(t.under()).append("</td><td>")
                    .append(t.accurate()).append("</td><td>").append(t.over()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void annotations() {
        h.append("<section id=\"annotations\">\n<h2>").append(esc(w.get("annotations"))).append("</h2>\n<p>")
                .append(esc(w.get("annotationsIntro"))).append("</p>\n");
        if (report.annotations().isEmpty()) {
            h.append("<p class=\"muted\">").append(esc(w.get("noAnnotations"))).append("</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>").append(esc(w.get("scenario"))).append("</th><th>").append(esc(w.get("decision")))
                .append("</th><th>").append(esc(w.reaction(Annotation.Reaction.HERKEN))).append("</th><th>").append(esc(w.reaction(Annotation.Reaction.VERBAAST)))
                .append("</th><th>").append(esc(w.reaction(Annotation.Reaction.ERGERT))).append("</th></tr></thead>\n<tbody>\n");
        for (ClassReport.AnnotationTally t : report.annotationTallies()) {
            h.append("<tr><td>").append(esc(t.scenario())).append("</td><td><code>").append(esc(orEmpty(t.node()) + " \u2192 " + orEmpty(t.choice())))
                    .append("</code>");
            if (t.choiceText() != null) h.append("<div class=\"quote\">").append(esc(t.choiceText().in(lang))).append("</div>");
            h.append("</td><td>").append(t.herken()).append("</td><td>").append(t.verbaast()).append("</td><td>").append(t.ergert()).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<table>\n<thead><tr><th>").append(esc(w.get("scenario"))).append("</th><th>").append(esc(w.get("turn")))
                .append("</th><th>").append(esc(w.get("decision"))).append("</th><th>").append(esc(w.get("student"))).append("</th><th>")
                .append(esc(w.get("reaction"))).append("</th><th>").append(esc(w.get("note"))).append("</th></tr></thead>\n<tbody>\n");
        for (ClassReport.AnnotationRow r : report.annotations()) {
            String reaction = r.reaction() == null ? "" : w.reaction(r.reaction());
            h.append("<tr><td>").append(esc(r.scenario())).append("</td><td>").append(r.turn()).append("</td><td><code>")
                    .append(esc(orEmpty(r.choice()))).append("</code></td><td>").append(esc(orEmpty(r.student()))).append("</td><td>")
                    .append(esc(reaction)).append("</td><td>").append(esc(orEmpty(r.note()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void legend(String[] names, String[] colours) {
        h.append("<p class=\"legend\">");
        for (int i = 0; i < names.length; i++) {
            h.append("<span><i style=\"background:").append(colours[i]).append("\"></i>").append(esc(names[i])).append("</span>");
        }
        h.append("</p>\n");
    }

    /** Horizontal stacked bars, one per label, each scaled to its own total (shares, with counts). */
    private void stackedBars(List<String> labels, List<int[]> values, String[] colours, String[] names) {
        int rowH = 26, labelW = 220, barW = 420, height = labels.size() * rowH + 8;
        h.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(labelW + barW + 50).append(' ').append(height)
                .append("\" width=\"").append(labelW + barW + 50).append("\" height=\"").append(height).append("\">\n");
        for (int i = 0; i < labels.size(); i++) {
            int[] v = values.get(i);
            int total = 0;
            for (int x : v) total += x;
            int y = 4 + i * rowH;
            h.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">")
                    .append(esc(clip(labels.get(i), 34))).append("</text>\n");
            int x = labelW;
            int used = 0;
            for (int k = 0; k < v.length; k++) {
                if (v[k] == 0 || total == 0) continue;
                used += v[k];
                int end = labelW + Math.round((float) used * barW / total);
                h.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"").append(end - x)
                        .append("\" height=\"").append(rowH - 8).append("\" fill=\"").append(colours[k]).append("\"><title>")
                        .append(esc(labels.get(i) + ": " + names[k] + " " + v[k])).append("</title></rect>\n");
                if (end - x >= 18) {
                    h.append("<text class=\"in\" x=\"").append((x + end) / 2).append("\" y=\"").append(y + 17)
                            .append("\" text-anchor=\"middle\">").append(v[k]).append("</text>\n");
                }
                x = end;
            }
            h.append("<text x=\"").append(labelW + barW + 6).append("\" y=\"").append(y + 17).append("\">").append(total).append("</text>\n");
        }
        h.append("</svg>\n");
    }

    private String scenarioName(ClassReport.ScenarioInfo s) {
        return s.title() == null ? s.id() : s.title().in(lang) + " (" + s.id() + ")";
    }

    private String riskName(ClassReport.RiskTally r) {
        LocalizedText n = r.name();
        return n == null ? r.risk() : n.in(lang);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') sb.append(' '); else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            :root{--ink:#1f2933;--muted:#5f6b7a;--line:#d5dbe3;--bg:#ffffff;--soft:#f4f6f9}
            *{box-sizing:border-box}
            body{margin:0;padding:24px 32px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
            h1{font-size:26px;margin:0 0 8px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}
            .facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}.facts dt{font-weight:600}.facts dd{margin:0}
            .muted{color:var(--muted)}.totals{font-weight:600}
            table{border-collapse:collapse;margin:8px 0 16px;width:100%;font-size:14px}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
            thead th{background:var(--soft)}td.file{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;word-break:break-all}
            .status,.tag,.verdict{display:inline-block;border-radius:10px;padding:0 8px;font-size:13px;font-weight:600}
            .status.ok{background:#e3f3ea;color:#1e6b42}.status.altered{background:#fff1dc;color:#8a5200}.status.stale{background:#e7ecf5;color:#37507a}.status.corrupt{background:#fbe3e1;color:#8e2318}
            .verdict.pass{background:#2e8b57;color:#fff}.verdict.fail{background:#c0392b;color:#fff}.tag.late{background:#fff1dc;color:#8a5200}.tag.crit,.crit{color:#8e2318;font-weight:600}
            .chips{margin-top:4px}.chip{display:inline-block;padding:0 5px;margin:1px;border-radius:4px;color:#fff;font-size:12px;font-weight:600}
            .chip.b0{background:#c0392b}.chip.b1{background:#e08a1e}.chip.b2{background:#2e8b57}.why{font-size:12px;color:var(--muted)}
            ul.statuses,ul.plain{list-style:none;padding:0;margin:4px 0}.quote{font-size:12px;color:var(--muted);font-style:italic}
            .legend span{margin-right:16px}.legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px;border-radius:2px}
            svg.chart{max-width:100%;height:auto;font-size:13px}svg.chart text{fill:var(--ink)}svg.chart text.in{fill:#fff;font-weight:700}
            tr.sum td{font-weight:600;background:var(--soft)}details{margin:8px 0}summary{cursor:pointer;font-weight:600}
            footer{margin-top:40px;color:var(--muted);font-size:13px}
            @media print{details{display:block}body{padding:0}}
            """;
}
