package nl.coachdans.cli;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.Route;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Tag;
import nl.coachdans.words.WordBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "graph", description = "Prints the conversation graph with steps and risks on the edges: Graphviz dot, Mermaid, or a laid-out SVG that any browser opens.")
final class GraphCommand implements Callable<Integer> {

    enum Format { dot, mermaid, svg }

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario id or a scenario file.")
    String scenario;

    @Option(names = "--format", defaultValue = "dot", paramLabel = "dot|mermaid|svg", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en", description = "Language of the texts in the SVG and of the messages (default: ${DEFAULT-VALUE}).")
    String lang;

    private final ContentPaths content;
    private final PrintWriter out;

    GraphCommand(ContentPaths content, PrintWriter out) {
        this.content = content;
        this.out = out;
    }

    @Override
    public Integer call() {
        Language language = CliWords.language(lang);
        Scenario sc = content.load(scenario, WordBook.load("trainer", language)).scenario();
        Set<String> expert = new HashSet<>(sc.expert());
        switch (format) {
            case dot -> dot(sc, expert);
            case mermaid -> mermaid(sc, expert);
            case svg -> out.print(new SvgGraph(sc, language, c -> c.next().targets()).render());
        }
        out.flush();
        return 0;
    }

    /** Steps and risks of a choice, the parts of its tags that matter on an edge. */
    static String edgeLabel(Choice c) {
        StringBuilder sb = new StringBuilder(c.id());
        for (String t : c.tags()) {
            try {
                Tag tag = Tag.parse(t);
                if (tag.kind() == Tag.Kind.STEP) sb.append("\\n+ ").append(tag.id());
                if (tag.kind() == Tag.Kind.RISK) sb.append("\\n! ").append(tag.id());
            } catch (IllegalArgumentException ignored) {
                // the validator reports malformed tags
            }
        }
        return sb.toString();
    }

    /** The condition under which a route is taken, as a second line of the edge label. */
    private static String routeLabel(Route r) {
        return r.when() == null ? "" : "\\nif " + r.when().source();
    }

    private static boolean hasRisk(Choice c) {
        return c.tags().stream().anyMatch(t -> t.startsWith("risk:"));
    }

    private void dot(Scenario sc, Set<String> expert) {
        out.println("digraph \"" + sc.id() + "\" {");
        out.println("  rankdir=TB; node [fontname=\"DejaVu Sans\", fontsize=10]; edge [fontname=\"DejaVu Sans\", fontsize=8];");
        sc.nodes().forEach((id, n) -> {
            String shape = n.kind() == NodeKind.ENDING ? "doubleoctagon" : n.kind() == NodeKind.EMAIL ? "note" : "box";
            String label = id + (n.isEnding() && n.quality() != null ? "\\n(" + n.quality().code() + ")" : "");
            out.println("  \"" + id + "\" [shape=" + shape + ", label=\"" + label + "\"" + (id.equals(sc.start()) ? ", penwidth=2" : "") + "];");
        });
        sc.nodes().forEach((id, n) -> {
            for (Choice c : n.choices()) {
                String style = hasRisk(c) ? ", color=red, fontcolor=red" : expert.contains(c.id()) ? ", color=darkgreen, penwidth=2" : "";
                // A choice with conditional routes draws one edge per route, dashed while it has a condition.
                for (Route r : c.next().routes()) {
                    String label = (edgeLabel(c) + routeLabel(r)).replace("\"", "'");
                    out.println("  \"" + id + "\" -> \"" + r.to() + "\" [label=\"" + label + "\"" + style
                            + (r.when() != null ? ", style=dashed" : "") + "];");
                }
            }
        });
        out.println("}");
    }

    private void mermaid(Scenario sc, Set<String> expert) {
        out.println("flowchart TD");
        List<String> ids = List.copyOf(sc.nodes().keySet());
        sc.nodes().forEach((id, n) -> {
            String label = id + (n.isEnding() && n.quality() != null ? "<br/>(" + n.quality().code() + ")" : "");
            String shape = n.isEnding() ? "((\"" + label + "\"))" : "[\"" + label + "\"]";
            out.println("  n" + ids.indexOf(id) + shape);
        });
        int edge = 0;
        StringBuilder styles = new StringBuilder();
        for (var e : sc.nodes().entrySet()) {
            for (Choice c : e.getValue().choices()) {
                for (Route r : c.next().routes()) {
                    String label = (edgeLabel(c) + routeLabel(r)).replace("\\n", "<br/>").replace("\"", "'");
                    out.println("  n" + ids.indexOf(e.getKey()) + (r.when() != null ? " -.->|\"" : " -->|\"") + label + "\"| n" + ids.indexOf(r.to()));
                    if (hasRisk(c)) styles.append("  linkStyle ").append(edge).append(" stroke:#c0392b\n");
                    else if (expert.contains(c.id())) styles.append("  linkStyle ").append(edge).append(" stroke:#1e8449,stroke-width:3px\n");
                    edge++;
                }
            }
        }
        out.print(styles);
    }

}
