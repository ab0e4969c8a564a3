package nl.coachdans.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.lint.Analysis;
import nl.coachdans.lint.Explorer;
import nl.coachdans.lint.Fairness;
import nl.coachdans.lint.FairnessPolicy;
import nl.coachdans.lint.Linter;
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
        "and the fairness checks: naive students, tells, gates, loops, the dance's needs and conduct bounds."})
final class AnalyseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario id or a scenario file.")
    String scenario;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    private final ContentPaths content;
    private final PrintWriter out;

    AnalyseCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        ContentPaths.Loaded loaded = content.load(scenario);
        // The linter explores once for both: the analysis and the fairness checks over the same paths.
        Linter.Result linted = new Linter(loaded.curriculum(), FairnessPolicy.forFile(loaded.file()))
                .lint(String.valueOf(loaded.file()), loaded.scenario());
        Analysis a = linted.analysis() != null ? linted.analysis() : new Explorer(loaded.curriculum()).explore(loaded.scenario());
        Fairness fairness = linted.fairness();
        if (json) {
            ObjectNode root = toJson(a);
            if (fairness != null) root.set("fairness", fairnessJson(fairness));
            else root.putNull("fairness");
            out.println(ProfileDocument.MAPPER.writeValueAsString(root));
        } else {
            out.println("scenario " + a.scenario() + ": " + a.configurations() + " conversation states explored"
                    + (a.complete() ? "" : " (stopped early: partial)"));
            section("steps", a.steps());
            section("risks", a.risks());
            section("endings", a.endings());
            out.println("axes:");
            a.axes().forEach((k, r) -> out.println("  " + k + ": min " + r.min() + ", max " + (r.max() == null ? "unbounded" : r.max()) + (r.exact() ? "" : " (bounds: too many paths to enumerate)")));
            for (Analysis.Stuck s : a.stuck()) out.println("stuck at " + s.node() + ": " + s.reason());
            if (fairness != null) printFairness(fairness);
        }
        out.flush();
        return 0;
    }

    private void printFairness(Fairness f) {
        out.println("fairness" + (f.complete() ? ":" : " (partial: not every path explored):"));
        for (Fairness.Strategy s : f.strategies()) {
            out.println("  " + s.rule().description() + ": " + (s.ending() == null ? "no ending" : s.ending() + " (" + s.quality().code() + ")")
                    + (s.allBekwaam() ? ", bekwaam on every axis" : ""));
        }
        Fairness.RandomStudents r = f.random();
        out.printf(java.util.Locale.ROOT, "  %d random students: %s, no ending %d; good or better %.1f %%%n", r.students(), r.byQuality(),
                r.noEnding(), 100 * r.goodOrBetterShare());
        Fairness.Tell t = f.tell();
        out.printf(java.util.Locale.ROOT, "  tell: expert option longest at %d of %d decisions (%.0f %%), %.2f times the others' length%n",
                t.expertLongest(), t.decisions(), 100 * t.share(), t.meanRatio());
        for (Fairness.Gate g : f.gates()) out.println("  gate: " + g.framework() + "/" + g.step() + " only through " + g.choice());
        for (Fairness.Loop l : f.loops()) out.println("  loop (" + l.repeats().code() + "): " + String.join(" -> ", l.cycle()));
        out.println("  dance: needs copy the expert's move at " + f.dance().copies() + " of " + f.dance().judged() + " nodes");
        for (Fairness.ConductViolation v : f.conduct()) {
            out.println("  conduct " + v.bound().code() + ": " + v.ending() + " (" + v.quality().code() + ") via " + String.join(",", v.witness()));
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

    private void section(String title, List<Analysis.Target> targets) {
        out.println(title + ":");
        for (Analysis.Target t : targets) {
            String name = (t.framework() == null ? "" : t.framework() + "/") + t.id() + (t.quality() == null ? "" : " (" + t.quality() + ")");
            out.println("  " + name + ": " + (t.reachable() ? String.join(",", t.witness()) : "UNREACHABLE"));
        }
    }

    static ObjectNode toJson(Analysis a) {
        ObjectNode root = ProfileDocument.MAPPER.createObjectNode();
        root.put("scenario", a.scenario());
        root.put("configurations", a.configurations());
        root.put("complete", a.complete());
        root.set("steps", targets(a.steps()));
        root.set("risks", targets(a.risks()));
        root.set("endings", targets(a.endings()));
        ObjectNode axes = root.putObject("axes");
        a.axes().forEach((k, r) -> {
            ObjectNode o = axes.putObject(k);
            o.put("min", r.min());
            if (r.max() == null) o.putNull("max"); else o.put("max", r.max());
            o.put("exact", r.exact());
        });
        ArrayNode stuck = root.putArray("stuck");
        for (Analysis.Stuck s : a.stuck()) {
            ObjectNode o = stuck.addObject();
            o.put("node", s.node());
            o.put("reason", s.reason());
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
