package nl.coachdans.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.coachdans.lint.Analysis;
import nl.coachdans.lint.Explorer;
import nl.coachdans.scoring.ProfileDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyse", aliases = "analyze", description = {
        "Explores every path through a scenario and prints the evidence the linter uses:",
        "a shortest witness path for every step, risk and ending, and min/max of every score axis."})
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
        Analysis a = new Explorer(loaded.curriculum()).explore(loaded.scenario());
        if (json) {
            out.println(ProfileDocument.MAPPER.writeValueAsString(toJson(a)));
        } else {
            out.println("scenario " + a.scenario() + ": " + a.configurations() + " conversation states explored"
                    + (a.complete() ? "" : " (stopped early: partial)"));
            section("steps", a.steps());
            section("risks", a.risks());
            section("endings", a.endings());
            out.println("axes:");
            a.axes().forEach((k, r) -> out.println("  " + k + ": min " + r.min() + ", max " + (r.max() == null ? "unbounded" : r.max()) + (r.exact() ? "" : " (bounds: too many paths to enumerate)")));
            for (Analysis.Stuck s : a.stuck()) out.println("stuck at " + s.node() + ": " + s.reason());
        }
        out.flush();
        return 0;
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
