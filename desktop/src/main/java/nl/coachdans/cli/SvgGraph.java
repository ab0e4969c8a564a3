package nl.coachdans.cli;

import nl.coachdans.scenario.Choice;
import nl.coachdans.scenario.Language;
import nl.coachdans.scenario.LocalizedText;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.NodeKind;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scenario.Scenario;
import nl.coachdans.scenario.Tag;
import nl.coachdans.words.WordBook;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The conversation drawn as a self-contained SVG: the Eclipse Layout Kernel's layered algorithm
 * places the nodes (top to bottom, in the order the conversation goes) and routes the edges; this
 * class only measures the boxes and paints the result. Nodes are shaped by kind, endings coloured by
 * quality, the expert path drawn thick and green, risks red, and every edge names its choice with
 * the steps (+) and risks (!) it carries. Hovering a node or edge shows its full text.
 */
final class SvgGraph {
    private static final double FONT = 12, SMALL = 10.5;
    /** An average glyph of DejaVu Sans is about this part of the font size wide. */
    private static final double GLYPH = 0.6;
    private static final int PREVIEW = 46;

    private final Scenario scenario;
    private final Language lang;
    /** The legend's words, from the debrief bundle. */
    private final WordBook words;
    private final Function<Choice, List<String>> targets;

    /** {@code targets} gives the nodes a choice can lead to (more than one when it routes by conduct). */
    SvgGraph(Scenario scenario, Language lang, Function<Choice, List<String>> targets) {
        this.scenario = scenario;
        this.lang = lang;
        this.words = WordBook.load("debrief", lang);
        this.targets = targets;
    }

    String render() {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        // Network simplex keeps long edges straight and the drawing narrower than the default.
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 8.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);

        Map<String, ElkNode> boxes = new LinkedHashMap<>();
        scenario.nodes().forEach((id, node) -> {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setIdentifier(id);
            box.setDimensions(Math.max(width(id, FONT + 1), width(preview(node), SMALL)) + 24, 42);
            boxes.put(id, box);
        });
        Set<String> expert = new HashSet<>(scenario.expert());
        List<Drawn> edges = new ArrayList<>();
        scenario.nodes().forEach((id, node) -> {
            for (Choice c : node.choices()) {
                for (String to : targets.apply(c)) {
                    ElkNode target = boxes.get(to);
                    if (target == null) continue; // the validator reports dangling references
                    ElkEdge edge = ElkGraphUtil.createSimpleEdge(boxes.get(id), target);
                    List<String> label = edgeLabel(c);
                    ElkLabel l = ElkGraphUtil.createLabel(String.join("\n", label), edge);
                    double w = label.stream().mapToDouble(s -> width(s, SMALL)).max().orElse(0);
                    l.setDimensions(w + 4, label.size() * (SMALL + 3) + 2);
                    l.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                    edges.add(new Drawn(c, edge, l, label, expert.contains(c.id())));
                }
            }
        });
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        double w = root.getWidth(), h = root.getHeight() + 40;
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 -40 %.0f %.0f\">\n", w, h, w, h));
        svg.append("<title>").append(xml(scenario.title().in(lang))).append("</title>\n");
        svg.append("""
                <style>
                  text { font-family: 'DejaVu Sans', Verdana, sans-serif; fill: #2b2420; }
                  .id { font-size: 13px; font-weight: bold; } .line { font-size: 10.5px; fill: #5a514a; }
                  .box { fill: #ffffff; stroke: #8a8178; stroke-width: 1.2; }
                  .email { fill: #eaf2fb; stroke: #4e7bb5; } .narration { fill: #f3f1ee; stroke-dasharray: 4 3; }
                  .start { stroke-width: 3; }
                  .best { fill: #dff0d8; stroke: #2e7d32; } .good { fill: #eef6e0; stroke: #7cb342; }
                  .mixed { fill: #fff4d6; stroke: #c79100; } .poor { fill: #fbe3e1; stroke: #c62828; }
                  .edge { fill: none; stroke: #9a9189; stroke-width: 1.1; }
                  .edge.expert { stroke: #1e8449; stroke-width: 3.2; } .edge.risk { stroke: #c0392b; stroke-dasharray: 6 3; }
                  .label { font-size: 10.5px; } .label.risk { fill: #c0392b; } .label.expert { fill: #1e8449; font-weight: bold; }
                  .legend { font-size: 11px; }
                </style>
                <defs>
                  <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9a9189"/></marker>
                  <marker id="arrow-expert" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1e8449"/></marker>
                  <marker id="arrow-risk" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c0392b"/></marker>
                </defs>
                """);
        legend(svg);
        for (Drawn d : edges) edge(svg, d);
        boxes.forEach((id, box) -> node(svg, id, scenario.node(id), box));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** One edge with its laid-out route and label. */
    private record Drawn(Choice choice, ElkEdge edge, ElkLabel label, List<String> lines, boolean expert) { }

    private void legend(StringBuilder svg) {
        svg.append("<g class=\"legend\" transform=\"translate(24,-22)\">")
                .append("<text x=\"0\" y=\"0\">").append(xml(scenario.title().in(lang))).append("</text>")
                .append("<line x1=\"0\" y1=\"10\" x2=\"26\" y2=\"10\" class=\"edge expert\"/><text x=\"32\" y=\"14\">")
                .append(xml(words.text("graph.expertPath"))).append("</text>")
                .append("<line x1=\"130\" y1=\"10\" x2=\"156\" y2=\"10\" class=\"edge risk\"/><text x=\"162\" y=\"14\">")
                .append(xml(words.text("graph.marks"))).append("</text></g>\n");
    }

    private void edge(StringBuilder svg, Drawn d) {
        boolean risk = d.choice().tags().stream().anyMatch(t -> t.startsWith("risk:"));
        String kind = d.expert() ? " expert" : risk ? " risk" : "";
        String marker = d.expert() ? "arrow-expert" : risk ? "arrow-risk" : "arrow";
        svg.append("<g><title>").append(xml(d.choice().id() + ": " + d.choice().text().in(lang))).append("</title>");
        for (ElkEdgeSection s : d.edge().getSections()) {
            StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) path.append(String.format(Locale.ROOT, " L%.1f,%.1f", b.getX(), b.getY()));
            path.append(String.format(Locale.ROOT, " L%.1f,%.1f", s.getEndX(), s.getEndY()));
            svg.append("<path class=\"edge").append(kind).append("\" d=\"").append(path).append("\" marker-end=\"url(#").append(marker).append(")\"/>");
        }
        ElkLabel l = d.label();
        for (int i = 0; i < d.lines().size(); i++) {
            String line = d.lines().get(i);
            String cls = i == 0 ? kind : line.startsWith("!") ? " risk" : "";
            svg.append(String.format(Locale.ROOT, "<text class=\"label%s\" x=\"%.1f\" y=\"%.1f\">", cls, l.getX() + 2, l.getY() + (i + 1) * (SMALL + 3) - 2))
                    .append(xml(line)).append("</text>");
        }
        svg.append("</g>\n");
    }

    private void node(StringBuilder svg, String id, Node node, ElkNode box) {
        String cls = node.kind() == NodeKind.ENDING && node.quality() != null ? quality(node.quality())
                : node.kind() == NodeKind.EMAIL ? "email" : node.kind() == NodeKind.NARRATION ? "narration" : "";
        if (id.equals(scenario.start())) cls += " start";
        double x = box.getX(), y = box.getY();
        svg.append("<g><title>").append(xml(id + " — " + node.text().in(lang))).append("</title>");
        svg.append(String.format(Locale.ROOT, "<rect class=\"box %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%d\"/>",
                cls.strip(), x, y, box.getWidth(), box.getHeight(), node.kind() == NodeKind.ENDING ? 18 : 6));
        String head = id + (node.kind() == NodeKind.ENDING && node.quality() != null ? " (" + node.quality().code() + ")" : "");
        svg.append(String.format(Locale.ROOT, "<text class=\"id\" x=\"%.1f\" y=\"%.1f\">", x + 12, y + 17)).append(xml(head)).append("</text>");
        svg.append(String.format(Locale.ROOT, "<text class=\"line\" x=\"%.1f\" y=\"%.1f\">", x + 12, y + 33)).append(xml(preview(node))).append("</text>");
        svg.append("</g>\n");
    }

    private static String quality(Quality q) {
        return q.code();
    }

    /** The choice's id, then a line per step (+) and risk (!) it carries. */
    private static List<String> edgeLabel(Choice c) {
        List<String> lines = new ArrayList<>();
        lines.add(c.id());
        for (String t : c.tags()) {
            try {
                Tag tag = Tag.parse(t);
                if (tag.kind() == Tag.Kind.STEP) lines.add("+ " + tag.id());
                if (tag.kind() == Tag.Kind.RISK) lines.add("! " + tag.id());
            } catch (IllegalArgumentException ignored) {
                // the validator reports malformed tags
            }
        }
        return lines;
    }

    private String preview(Node node) {
        LocalizedText text = node.text();
        String line = text == null ? "" : text.in(lang).replaceAll("\\s+", " ").strip();
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1).stripTrailing() + "…";
    }

    private static double width(String text, double size) {
        return text.length() * size * GLYPH;
    }

    /** Text as XML character data: markup characters escaped, control characters dropped. */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\n' || cp == '\t') out.appendCodePoint(cp);
                }
            }
        });
        return out.toString();
    }
}
