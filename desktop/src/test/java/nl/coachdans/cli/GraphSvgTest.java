package nl.coachdans.cli;

import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.scenario.Node;
import nl.coachdans.scenario.Scenario;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** `graph --format svg`: a well-formed, self-contained drawing of every built-in client. */
@Timeout(120)
class GraphSvgTest {
    private static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));

    @ParameterizedTest
    @ValueSource(strings = {"leonie", "johan", "docent", "grow", "anna"})
    void everyBuiltInClientIsDrawnAsWellFormedSvg(String id) throws Exception {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(new String[] {"graph", id, "--format", "svg"}, o, e);
        }
        assertThat(code).as(err.toString()).isZero();
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        // Self-contained: no links to other files, no scripts.
        assertThat(out.toString()).doesNotContain("xlink:href").doesNotContain("<script").doesNotContain("<image");

        Scenario sc = ContentLibrary.load(ASSETS, new ContentReader(), false).scenario(id).scenario();
        NodeList rects = svg.getElementsByTagName("rect");
        assertThat(rects.getLength()).as("a box per node").isEqualTo(sc.nodes().size());
        long endings = sc.nodes().values().stream().filter(Node::isEnding).count();
        int coloured = 0, expertEdges = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            String cls = ((Element) rects.item(i)).getAttribute("class");
            if (cls.matches(".*\\b(best|good|mixed|poor)\\b.*")) coloured++;
        }
        assertThat(coloured).as("every ending coloured by its quality").isEqualTo((int) endings);
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            if (((Element) paths.item(i)).getAttribute("class").contains("expert")) expertEdges++;
        }
        assertThat(expertEdges).as("the expert path is highlighted").isGreaterThanOrEqualTo(sc.expert().size());
        Files.createDirectories(Paths.get("target/graphs"));
        Files.writeString(Paths.get("target/graphs", id + ".svg"), out.toString());
    }

    @Test
    void markupInTextIsEscaped() {
        assertThat(SvgGraph.xml("a < b & \"c\" > d\u0007")).isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d");
    }

    @Test
    void theLegendSpeaksTheChosenLanguage() {
        assertThat(svgOf("grow", "nl")).contains(">expertpad</text>").contains(">! risico   + stap</text>").doesNotContain("expert path");
        assertThat(svgOf("grow", "en")).contains(">expert path</text>").contains(">! risk   + step</text>").doesNotContain("expertpad");
    }

    private static String svgOf(String id, String lang) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            assertThat(Cli.run(new String[] {"graph", id, "--format", "svg", "--lang", lang}, o, e)).as(err.toString()).isZero();
        }
        return out.toString();
    }
}
