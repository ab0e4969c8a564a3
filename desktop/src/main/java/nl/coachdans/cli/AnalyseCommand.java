package nl.coachdans.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.lint.Analysis;
import nl.coachdans.lint.Explorer;
import nl.coachdans.lint.Fairness;
import nl.coachdans.lint.FairnessPolicy;
import nl.coachdans.lint.Linter;
import nl.coachdans.scenario.Finding;
import nl.coachdans.scenario.FindingText;
import nl.coachdans.scenario.Problem;
import nl.coachdans.scenario.SourceMap;
import nl.coachdans.scoring.ProfileDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyse", aliases = "analyze", description = {
        "Explores every path through a scenario and prints the evidence the linter uses:",
        "a shortest witness path for every step, risk and ending, min/max of every score axis,",
        "and the fairness checks: naive students, tells, gates, loops, the dance's needs and conduct bounds;",
        "then the linter's findings, each with its code (docs/findings.md)."})
final class AnalyseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario id or a scenario file.")
    String scenario;

    @Option(names = "--json", description = "Print one JSON document instead of text; its findings carry their code and arguments.")
    boolean json;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of the text and the messages (default: ${DEFAULT-VALUE}).")
    String lang;

    private final ContentPaths content;
    private final PrintWriter out;

    AnalyseCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        nl.coachdans.scenario.Language language = CliWords.language(lang);
        FindingText text = FindingText.of(language);
        ContentPaths.Loaded loaded = content.load(scenario, nl.coachdans.words.WordBook.load("trainer", language));
        // The linter explores once for both: the analysis and the fairness checks over the same paths.
        Linter.Result linted = new Linter(loaded.curriculum(), FairnessPolicy.forFile(loaded.file()))
                .lint(String.valueOf(loaded.file()), loaded.scenario());
        Analysis a = linted.analysis() != null ? linted.analysis() : new Explorer(loaded.curriculum()).explore(loaded.scenario());
        Fairness fairness = linted.fairness();
        List<Finding> findings = SourceMap.locate(loaded.file(), content.reader, linted.findings()).stream()
                .sorted(java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)).toList();
        if (json) {
            ObjectNode root = toJson(a, text);
            if (fairness != null) root.set("fairness", fairnessJson(fairness));
            else root.putNull("fairness");
            root.set("findings", FindingJson.of(findings, text));
            out.println(ProfileDocument.MAPPER.writeValueAsString(root));
        } else {
            out.println(text.format(a.complete() ? "analyse.explored" : "analyse.exploredPartly", a.scenario(), a.configurations()));
            section(text, "analyse.steps", a.steps());
            section(text, "analyse.risks", a.risks());
            section(text, "analyse.endings", a.endings());
            out.println(text.format("analyse.axes"));
            a.axes().forEach((k, r) -> out.println("  " + text.format(r.max() == null ? "analyse.axisUnbounded" : "analyse.axis", k.key(), r.min(),
                    r.max() == null ? 0 : r.max()) + (r.exact() ? "" : " " + text.format("analyse.axisBounds"))));
            for (Analysis.Stuck s : a.stuck()) out.println(text.format("analyse.stuck", s.node(), text.word("stuck." + s.why().kebab())));
            if (fairness != null) printFairness(fairness, text);
            if (!findings.isEmpty()) {
                out.println(text.format("analyse.findings"));
                for (Finding f : findings) out.println("  " + text.line(f));
            }
        }
        out.flush();
        return 0;
    }

    private void printFairness(Fairness f, FindingText text) {
        out.println(text.format(f.complete() ? "analyse.fairness" : "analyse.fairnessPartly"));
        for (Fairness.Strategy s : f.strategies()) {
            String end = s.ending() == null ? text.format("analyse.noEnding") : s.ending() + " (" + s.quality().code() + ")";
            out.println("  " + text.format(s.allBekwaam() ? "analyse.strategyBekwaam" : "analyse.strategy", s.rule().word(), end));
        }
        Fairness.RandomStudents r = f.random();
        out.println("  " + text.format("analyse.random", r.students(), r.byQuality().toString(), r.noEnding(), 100 * r.goodOrBetterShare()));
        Fairness.Tell t = f.tell();
        out.println("  " + text.format("analyse.tell", t.expertLongest(), t.decisions(), 100 * t.share(), t.meanRatio()));
        for (Fairness.Gate g : f.gates()) out.println("  " + text.format("analyse.gate", g.framework() + "/" + g.step(), g.choice()));
        for (Fairness.Loop l : f.loops()) out.println("  " + text.format("analyse.loop", l.repeats().code(), new Problem.Cycle(l.cycle())));
        out.println("  " + text.format("analyse.dance", f.dance().copies(), f.dance().judged()));
        for (Fairness.ConductViolation v : f.conduct()) {
            out.println("  " + text.format("analyse.conduct", v.bound().code(), v.ending(), v.quality().code(), Problem.Witness.of(v.witness())));
        }
    }

    /** The fairness section of the JSON document: the checks' evidence, with the shares spelled out. */
    static ObjectNode fairnessJson(Fairness f) {
        ObjectNode o = ProfileDocument.MAPPER.valueToTree(f);
        ArrayNode strategies = (ArrayNode) o.get("strategies");
        for (int i = 0; i < f.strategies().size(); i++) ((ObjectNode) strategies.get(i)).put("allBekwaam", f.strategies().get(i).allBekwaam());
        ((ObjectNode) o.get("random")).put("goodOrBetter", f.random().goodOrBetter()).put("goodOrBetterShare", f.random().goodOrBetterShare());
        ((ObjectNode) o.get("tell")).put("share", f.tell().share());
        ((ObjectNode) o.get("dance")).put("copiesEverywhere", f.dance().copiesEverywhere());
        return o;
    }

    private void section(FindingText text, String title, List<Analysis.Target> targets) {
        out.println(text.format(title));
        for (Analysis.Target t : targets) {
            String name = (t.framework() == null ? "" : t.framework() + "/") + t.id() + (t.quality() == null ? "" : " (" + t.quality() + ")");
            out.println("  " + name + ": " + (t.reachable() ? String.join(",", t.witness()) : text.format("analyse.unreachable")));
        }
    }

    static ObjectNode toJson(Analysis a, FindingText text) {
        ObjectNode root = ProfileDocument.MAPPER.createObjectNode();
        root.put("scenario", a.scenario());
        root.put("configurations", a.configurations());
        root.put("complete", a.complete());
        root.set("steps", targets(a.steps()));
        root.set("risks", targets(a.risks()));
        root.set("endings", targets(a.endings()));
        ObjectNode axes = root.putObject("axes");
        a.axes().forEach((k, r) -> {
            ObjectNode o = axes.putObject(k.key());
            o.put("min", r.min());
            if (r.max() == null) o.putNull("max"); else o.put("max", r.max());
            o.put("exact", r.exact());
        });
        ArrayNode stuck = root.putArray("stuck");
        for (Analysis.Stuck s : a.stuck()) {
            ObjectNode o = stuck.addObject();
            o.put("node", s.node());
            o.put("code", s.why().id());
            o.put("reason", text.word("stuck." + s.why().kebab()));
            ArrayNode w = o.putArray("witness");
            s.witness().forEach(w::add);
        }
        return root;
    }

    private static ArrayNode targets(List<Analysis.Target> list) {
        ArrayNode arr = ProfileDocument.MAPPER.createArrayNode();
        for (Analysis.Target t : list) {
            ObjectNode o = arr.addObject();
            if (t.framework() != null) o.put("framework", t.framework());
            o.put("id", t.id());
            if (t.quality() != null) o.put("quality", t.quality());
            o.put("reachable", t.reachable());
            if (t.witness() == null) {
                o.putNull("witness");
            } else {
                ArrayNode w = o.putArray("witness");
                t.witness().forEach(w::add);
            }
        }
        return arr;
    }
}
