package nl.coachdans.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line, called in-process through {@link Cli#run}. */
@Timeout(60)
class CliTest {
    private static final Path EXAMPLES = Paths.get("..", "docs", "examples");
    private static final Path VOORBEELD = EXAMPLES.resolve("scenarios").resolve("voorbeeld.yaml");
    private static final Path MINI_GROW = EXAMPLES.resolve("frameworks").resolve("mini-grow.yaml");
    /** A finding line in either language: place, level, code and kebab name, message. */
    private static final Pattern FINDING = Pattern.compile("^.+:\\d+:\\d+: (error|warning|fout|waarschuwing) CD\\d{4} [a-z0-9-]+: .+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Exit code and what was printed. */
    record Run(int code, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Cli.run(args, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Run r) {
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error").doesNotContain("interne fout");
    }

    /** A content folder with mini-grow and one scenario made from voorbeeld's text. */
    private Path contentWith(String scenarioText) throws IOException {
        Path root = tmp.resolve("content");
        Files.createDirectories(root.resolve("frameworks"));
        Files.copy(MINI_GROW, root.resolve("frameworks").resolve("mini-grow.yaml"));
        Path sc = root.resolve("scenarios").resolve("voorbeeld.yaml");
        Files.createDirectories(sc.getParent());
        Files.writeString(sc, scenarioText);
        return sc;
    }

    private static String voorbeeldText() throws IOException {
        return Files.readString(VOORBEELD);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i + 1;
        throw new AssertionError(needle);
    }

    // --- validate ---

    @Test
    void validateExamplesHasNoErrorsAndOnlyTheNaiveStudentWarningsOfASmallExample() {
        // Five decisions are too few for naive students to fail reliably; the fairness checks say so as warnings.
        Run r = run("validate", EXAMPLES.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("2 bestand(en) gecontroleerd: 0 fout(en), 4 waarschuwing(en)");
        assertThat(r.outLines()).filteredOn(l -> l.contains(": waarschuwing ")).hasSize(4).allSatisfy(l -> assertThat(l).matches(FINDING)
                .containsAnyOf("CD0405 random-reaches-best", "CD0407 single-gate", "CD0402 naive-above-mixed", "CD0403 naive-all-bekwaam"));
        assertNoStackTrace(r);
    }

    @Test
    void validateFileWithFindingsExitsOneWithOneLinePerFinding() throws IOException {
        String text = voorbeeldText().replace("        next: situatie\n  dicht:", "        next: nergens\n  dicht:")
                .replace("tags: [side:appeal]", "tags: [kant:appeal]");
        Path sc = contentWith(text);

        Run r = run("validate", sc.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        List<String> lines = r.outLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(0, 2)).allSatisfy(l -> assertThat(l).matches(FINDING));
        assertThat(lines.get(2)).isEqualTo("1 bestand(en) gecontroleerd: 2 fout(en), 0 waarschuwing(en)");
        assertThat(lines.get(0)).startsWith(sc + ":" + lineOf(text, "kant:appeal") + ":").contains(": fout CD0253 tag-unknown-kind: ");
        assertThat(lines.get(1)).startsWith(sc + ":" + lineOf(text, "next: nergens") + ":").contains(": fout CD0245 unknown-node: ");
        assertNoStackTrace(r);

        // The same findings in English, and as JSON with their codes and arguments.
        Run en = run("validate", sc.toString(), "--lang", "en");
        assertThat(en.outLines()).hasSize(3);
        assertThat(en.outLines().get(0)).contains(": error CD0253 tag-unknown-kind: unknown tag kind 'kant' in 'kant:appeal'; "
                + "use step, risk, label, side or relation (node mail, choice mail-afspraak)");
        assertThat(en.outLines().get(1)).endsWith(": error CD0245 unknown-node: next node 'nergens' does not exist (node doel, choice doel-advies)");
        assertThat(en.outLines().get(2)).isEqualTo("1 file(s) checked: 2 error(s), 0 warning(s)");
        assertThat(lines.get(1)).endsWith(": fout CD0245 unknown-node: de volgende knoop \u2018nergens\u2019 bestaat niet (knoop doel, keuze doel-advies)");
        JsonNode doc = new ObjectMapper().readTree(run("validate", sc.toString(), "--json", "--lang", "en").out());
        assertThat(doc.get("errors").asInt()).isEqualTo(2);
        JsonNode next = doc.get("findings").get(1);
        assertThat(next.get("code").asText()).isEqualTo("CD0245");
        assertThat(next.get("name").asText()).isEqualTo("unknown-node");
        assertThat(next.get("args").get("node").asText()).isEqualTo("nergens");
        assertThat(next.get("where").get("kind").asText()).isEqualTo("choice");
        assertThat(next.get("where").get("choice").asText()).isEqualTo("doel-advies");
        assertThat(next.get("line").asInt()).isEqualTo(lineOf(text, "next: nergens"));
        assertThat(next.get("message").asText()).isEqualTo("next node 'nergens' does not exist");
        assertNoStackTrace(r);
    }

    @Test
    void validateFolderFindsFrameworksAndScenarios() throws IOException {
        Path sc = contentWith(voorbeeldText().replace("tags: [step:wil]", "tags: []"));
        Run r = run("validate", sc.getParent().getParent().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.outLines()).filteredOn(l -> l.contains(": waarschuwing ")).singleElement().asString()
                .matches(FINDING).contains("CD0308 step-unreachable").contains("(stap mini-grow/wil)");
        // Without wil no path has every step, so the example's route never takes the best ending either.
        assertThat(r.out()).contains("2 bestand(en) gecontroleerd: 3 fout(en), 1 waarschuwing(en)");
    }

    @Test
    void validateEmptyFileExitsTwo() throws IOException {
        Path sc = contentWith("");
        Run r = run("validate", sc.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines().get(0)).matches(FINDING).contains("CD0104 empty-file");
        assertNoStackTrace(r);
    }

    @Test
    void validateBinaryFileExitsTwo() throws IOException {
        Path sc = contentWith("");
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        junk[0] = 0;
        Files.write(sc, junk);
        Run r = run("validate", sc.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.outLines().get(0)).matches(FINDING).contains("CD0106 binary-file");
        assertNoStackTrace(r);
    }

    @Test
    void validateMissingPathExitsTwo() {
        Path missing = tmp.resolve("nergens.yaml");
        Run r = run("validate", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains(missing + ":0:0: fout CD0603 no-such-path: bestand of map bestaat niet");
        assertNoStackTrace(r);
    }

    // --- play ---

    @Test
    void playExpertJsonIsByteIdenticalAcrossRuns() {
        Run a = run("play", VOORBEELD.toString(), "--expert", "--json");
        Run b = run("play", VOORBEELD.toString(), "--expert", "--json");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).isNotBlank().isEqualTo(b.out());
    }

    @Test
    void playExpertJsonHasTheDocumentedShape() throws IOException {
        Run r = run("play", VOORBEELD.toString(), "--expert", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.get("scenario").asText()).isEqualTo("voorbeeld");
        assertThat(doc.get("ending").get("id").asText()).isEqualTo("einde-best");
        assertThat(doc.get("ending").get("quality").asText()).isEqualTo("best");

        JsonNode steps = doc.get("steps");
        assertThat(steps).hasSize(4);
        List<String> stepIds = new ArrayList<>();
        for (JsonNode s : steps) {
            assertThat(s.get("framework").asText()).isEqualTo("mini-grow");
            assertThat(s.get("reached").asBoolean()).isTrue();
            stepIds.add(s.get("id").asText() + "@" + s.get("turn").asInt());
        }
        assertThat(stepIds).containsExactly("doel@2", "werkelijkheid@3", "opties@4", "wil@5");

        assertThat(doc.get("risks").isArray()).isTrue();
        assertThat(doc.get("risks")).isEmpty();
        assertThat(doc.get("bands").get("mini-grow.steps").asText()).isEqualTo("bekwaam");
        assertThat(doc.get("bands").get("ending").asText()).isEqualTo("bekwaam");

        JsonNode turns = doc.get("turns");
        assertThat(turns).hasSize(5);
        JsonNode first = turns.get(0);
        assertThat(first.get("node").asText()).isEqualTo("mail");
        assertThat(first.get("choice").asText()).isEqualTo("mail-afspraak");
        List<String> available = new ArrayList<>();
        first.get("available").forEach(n -> available.add(n.asText()));
        assertThat(available).containsExactlyInAnyOrder("mail-afspraak", "mail-tips", "mail-later");
    }

    @Test
    void playRisksAreListedInJson() throws IOException {
        Run r = run("play", VOORBEELD.toString(), "--choices", "mail-afspraak,open-oordeel,dicht-volhouden", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode risks = r.json().get("risks");
        assertThat(risks).hasSize(1);
        assertThat(risks.get(0).get("id").asText()).isEqualTo("oordeel");
        assertThat(risks.get(0).get("severity").asText()).isEqualTo("critical");
        assertThat(risks.get(0).get("turn").asInt()).isEqualTo(2);
        assertThat(r.json().get("ending").get("quality").asText()).isEqualTo("poor");
    }

    @Test
    void playPartialPathHasNullEnding() throws IOException {
        Run r = run("play", VOORBEELD.toString(), "--choices", "mail-afspraak,open-doel", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.has("ending")).isTrue();
        assertThat(doc.get("ending").isNull()).isTrue();
        assertThat(doc.get("turns")).hasSize(2);
        assertThat(doc.get("bands").has("ending")).isFalse();
    }

    @Test
    void playPartialPathInTextSaysWhereItStopped() {
        Run r = run("play", VOORBEELD.toString(), "--choices", "mail-afspraak,open-doel", "--lang", "en");
        assertThat(r.code()).isZero();
        // The options are listed in the order they are presented, which the session's seed shuffles.
        assertThat(r.out()).contains("not finished: now at node ‘doel’; possible: ")
                .contains("doel-realiteit").contains("doel-stilte").contains("doel-advies");
    }

    @Test
    void playInTextShowsFeedbackTheDanceAndTheLessonInTheChosenLanguage() {
        String path = "mail-afspraak,open-opties,doel-advies,situatie-opties,opties-vaag";
        Run en = run("play", VOORBEELD.toString(), "--choices", path, "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out())
                .contains("    feedback: You take her request seriously and make room quickly, so the talk starts with trust.")
                .contains("    dance: in tune (you lead · a step closer · going along · steady pace; needed: going along)")
                .contains("    dance: out of tune (you lead · same distance · counterplay · fast pace; needed: the client leads)")
                .contains("  lesson: A talk that ends without a concrete step of her own changes little.")
                .contains("risk mini-grow/oplossing-te-vroeg (warning) at turn 2, by skipping doel, werkelijkheid")
                .contains("bands: [mini-grow.steps=not yet, mini-grow.risks=not yet, ending=developing, dance=developing]")
                .doesNotContain("bekwaam").doesNotContain("nog-niet");
        Run nl = run("play", VOORBEELD.toString(), "--choices", path, "--lang", "nl");
        assertThat(nl.out())
                .contains("    dans: afgestemd (jij leidt · een stap dichterbij · meebewegen · gewoon tempo; nodig: meebewegen)")
                .contains("banden: [mini-grow.steps=nog niet, mini-grow.risks=nog niet, ending=in ontwikkeling, dance=in ontwikkeling]")
                .contains("    dans: niet afgestemd (jij leidt · even ver · tegenspel · snel tempo; nodig: de cliënt leidt)")
                .contains("kader mini-grow: stappen nog niet, risico’s nog niet")
                .contains("risico mini-grow/oplossing-te-vroeg (waarschuwing) bij beurt 2, door doel, werkelijkheid over te slaan")
                .contains("  les: ")
                .doesNotContain("dance:").doesNotContain("framework ").doesNotContain("warning").doesNotContain("lesson:");
    }

    @Test
    void replayWritesTheSheetAndNamesEachStumbleAndItsOctantInTheChosenLanguage(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Path rec = tmp.resolve("a.json");
        assertThat(run("play", "grow", "--choices", "bk-kritisch", "--record", rec.toString()).code()).isZero();
        Run en = run("replay", rec.toString(), "--png", tmp.resolve("en.png").toString(), "--lang", "en");
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out()).containsPattern("wrote .*en\\.png: 1 figure, 1 stumble, 0 in tune")
                .containsPattern("stumble at turn 1 \\(bk-kritisch\\), in the octant ‘(helping|leading|competing|attacking|defiant|withdrawn|following|cooperating)’");
        Run nl = run("replay", rec.toString(), "--png", tmp.resolve("nl.png").toString());
        assertThat(nl.out()).containsPattern("nl\\.png geschreven: 1 figuur, 1 struikeling, 0 keer afgestemd")
                .containsPattern("struikeling bij beurt 1 \\(bk-kritisch\\), in het octant ‘(helpen|leiden|concurreren|aanvallen|opstandig|teruggetrokken|volgen|meewerken)’");
    }

    @Test
    void playUnknownChoiceExitsOneNamingTheIdAndThePossibleOnes() {
        Run r = run("play", VOORBEELD.toString(), "--choices", "mail-afspraak,open-nergens");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("'open-nergens'").contains("open-doel, open-oordeel, open-opties");
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
    }

    @Test
    void playInEnglishPrintsEnglishText() {
        Run r = run("play", VOORBEELD.toString(), "--expert", "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Noor and her crowded week")
                .contains("Hi, I'm stuck with my planning")
                .contains("Of course. Tomorrow at ten in my room?")
                .contains("ending: einde-best (best)")
                .doesNotContain("Noor en haar volle week")
                .doesNotContain("Natuurlijk. Morgen om tien uur");
    }

    @Test
    void playDefaultsToDutch() {
        Run r = run("play", VOORBEELD.toString(), "--expert");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Noor en haar volle week").doesNotContain("Noor and her crowded week");
    }

    @Test
    void playUnknownLanguageExitsTwo() {
        Run r = run("play", VOORBEELD.toString(), "--expert", "--lang", "fr");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("coachdans: onbekende taal ‘fr’: gebruik nl of en / unknown language ‘fr’: use nl or en" + System.lineSeparator());
        assertNoStackTrace(r);
    }

    @Test
    void playUnknownScenarioIdExitsTwoWithAClearMessage() {
        Run r = run("play", "bestaat-niet", "--expert", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("coachdans: unknown scenario ‘bestaat-niet’: not a file, and not one of the clients ");
        assertThat(r.out()).isEmpty();
        assertNoStackTrace(r);
    }

    @Test
    void playInvalidScenarioFileExitsOneListingTheFinding() throws IOException {
        Path sc = contentWith(voorbeeldText().replace("        next: situatie\n  dicht:", "        next: nergens\n  dicht:"));
        Run r = run("play", sc.toString(), "--expert", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("scenario ‘" + sc + "’ cannot be played:").contains("next node 'nergens' does not exist");
        assertNoStackTrace(r);
    }

    @Test
    void playUnreadableScenarioFileExitsTwo() throws IOException {
        Path sc = contentWith("[1, 2, 3]\n");
        Run r = run("play", sc.toString(), "--expert");
        assertThat(r.code()).isEqualTo(2);
        assertNoStackTrace(r);
    }

    @Test
    void playWithoutAPathIsAUsageError() {
        Run r = run("play", VOORBEELD.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--choices").contains("--expert");
    }

    @Test
    void playCanWriteASessionRecord() throws IOException {
        Path rec = tmp.resolve("out").resolve("rec.json");
        Run r = run("play", VOORBEELD.toString(), "--expert", "--record", rec.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(rec.toFile());
        assertThat(doc.get("scenario").asText()).isEqualTo("voorbeeld");
        assertThat(doc.get("choices")).hasSize(5);
        assertThat(doc.get("summary").get("ending").asText()).isEqualTo("einde-best");
    }

    // --- analyse ---

    @Test
    void analyseJsonHasWitnessesAndAxes() throws IOException {
        Run r = run("analyse", VOORBEELD.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.get("complete").asBoolean()).isTrue();
        for (String section : List.of("steps", "risks", "endings")) {
            assertThat(doc.get(section)).as(section).isNotEmpty();
            for (JsonNode t : doc.get(section)) {
                assertThat(t.get("id").isTextual()).isTrue();
                assertThat(t.get("witness").isArray()).as(section + " " + t.get("id")).isTrue();
                assertThat(t.get("witness")).isNotEmpty();
            }
        }
        assertThat(doc.get("risks").get(0).get("id").asText()).isEqualTo("oplossing-te-vroeg");
        assertThat(doc.get("risks").get(0).get("witness").get(0).asText()).isEqualTo("mail-tips");
        assertThat(doc.get("endings").get(0).get("quality").asText()).isEqualTo("best");

        JsonNode axes = doc.get("axes");
        for (String axis : List.of("mini-grow.steps", "mini-grow.risks", "ending")) {
            assertThat(axes.get(axis).get("min").isInt()).as(axis).isTrue();
            assertThat(axes.get(axis).get("max").isInt()).as(axis).isTrue();
        }
        assertThat(axes.get("mini-grow.steps").get("min").asInt()).isZero();
        assertThat(axes.get("mini-grow.steps").get("max").asInt()).isEqualTo(4);
    }

    @Test
    void analyseTextListsWitnesses() {
        Run r = run("analyse", VOORBEELD.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("mini-grow/oplossing-te-vroeg: mail-tips").contains("einde-afgehaakt (poor): ");
    }

    @Test
    void analyseSpeaksDutchByDefaultEnglishOnRequestAndListsTheFindingsWithTheirCodes() throws IOException {
        Run nl = run("analyse", VOORBEELD.toString());
        assertThat(nl.out()).contains("gesprekstoestanden verkend").contains("stappen:").contains("eerlijkheid:")
                .contains("steeds de langste optie: ").contains("bevindingen:").contains("waarschuwing CD0405 random-reaches-best: ")
                .doesNotContain("conversation states").doesNotContain("always the longest option");
        Run en = run("analyse", VOORBEELD.toString(), "--lang", "en");
        assertThat(en.out()).contains("conversation states explored").contains("steps:").contains("fairness:")
                .contains("always the longest option: ").contains("findings:").contains("warning CD0405 random-reaches-best: ")
                .doesNotContain("gesprekstoestanden");
        assertThat(run("analyse", VOORBEELD.toString(), "--lang", "fr").code()).isEqualTo(2);

        JsonNode findings = run("analyse", VOORBEELD.toString(), "--json").json().get("findings");
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("code").asText()).matches("CD\\d{4}");
            assertThat(f.get("args").isObject()).isTrue();
        });
        JsonNode random = null;
        for (JsonNode f : findings) if (f.get("name").asText().equals("random-reaches-best")) random = f;
        assertThat(random).isNotNull();
        assertThat(random.get("level").asText()).isEqualTo("warning");
        assertThat(random.get("fairness").asBoolean()).isTrue();
        assertThat(random.get("args").get("students").asInt()).isEqualTo(300);
        assertThat(random.get("args").get("best").isInt()).isTrue();
        assertThat(random.get("args").get("witness").isArray()).isTrue();
    }

    // --- graph ---

    @Test
    void graphDotIsADigraphWithRiskEdgeLabels() {
        Run r = run("graph", VOORBEELD.toString(), "--format", "dot");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("digraph \"voorbeeld\" {")
                .contains("\"mail\" -> \"open\" [label=\"mail-tips\\n! oplossing-te-vroeg\", color=red")
                .contains("\"open\" -> \"dicht\" [label=\"open-oordeel\\n! oordeel\", color=red")
                .contains("\"open\" -> \"doel\" [label=\"open-doel\\n+ doel\"")
                .contains("\"einde-best\" [shape=doubleoctagon");
        assertThat(r.out().strip()).endsWith("}");
    }

    @Test
    void graphDefaultsToDot() {
        assertThat(run("graph", VOORBEELD.toString()).out()).startsWith("digraph");
    }

    @Test
    void graphMermaidIsAFlowchartWithRiskEdgeLabels() {
        Run r = run("graph", VOORBEELD.toString(), "--format", "mermaid");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("flowchart TD")
                .contains("-->|\"mail-tips<br/>! oplossing-te-vroeg\"|")
                .contains("-->|\"open-oordeel<br/>! oordeel\"|")
                .contains("linkStyle");
        long edges = r.outLines().stream().filter(l -> l.contains("-->")).count();
        assertThat(edges).as("one edge per choice: 6 nodes with 3 choices").isEqualTo(18);
    }

    @Test
    void graphUnknownFormatIsAUsageError() {
        Run r = run("graph", VOORBEELD.toString(), "--format", "png");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("png");
    }

    @Test
    void unknownScenarioIdIsClearForEveryCommand() {
        for (String cmd : List.of("analyse", "graph")) {
            Run r = run(cmd, "bestaat-niet", "--lang", "en");
            assertThat(r.code()).as(cmd).isEqualTo(2);
            assertThat(r.err()).as(cmd).contains("unknown scenario ‘bestaat-niet’: not a file, and not one of the clients ");
            assertNoStackTrace(r);
        }
    }

    @Test
    void anUnknownScenarioIsSaidInTheCommandsLanguage() {
        for (String cmd : List.of("play", "analyse", "graph")) {
            List<String> args = new java.util.ArrayList<>(List.of(cmd, "bestaat-niet"));
            if (cmd.equals("play")) args.add("--expert");
            Run nl = run(args.toArray(String[]::new));
            assertThat(nl.code()).as(cmd).isEqualTo(2);
            assertThat(nl.err()).as(cmd).startsWith("coachdans: onbekend scenario ‘bestaat-niet’: het is geen bestand en ook geen van de cliënten ")
                    .contains("leonie").contains("(inhoud: ").doesNotContain("unknown scenario");
            args.addAll(List.of("--lang", "en"));
            Run en = run(args.toArray(String[]::new));
            assertThat(en.code()).as(cmd).isEqualTo(2);
            assertThat(en.err()).as(cmd).startsWith("coachdans: unknown scenario ‘bestaat-niet’: not a file, and not one of the clients ")
                    .contains("leonie").contains("(content: ").doesNotContain("onbekend");
        }
    }

    @Test
    void graphsOwnErrorsFollowItsLanguage() throws IOException {
        Path sc = contentWith(voorbeeldText().replace("        next: situatie\n  dicht:", "        next: nergens\n  dicht:"));
        Run nl = run("graph", sc.toString());
        assertThat(nl.code()).isEqualTo(1);
        assertThat(nl.err()).startsWith("coachdans: scenario ‘" + sc + "’ kan niet gespeeld worden:").doesNotContain("cannot be played");
        Run en = run("graph", sc.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err()).startsWith("coachdans: scenario ‘" + sc + "’ cannot be played:");
        Run fr = run("graph", sc.toString(), "--lang", "fr");
        assertThat(fr.code()).isEqualTo(2);
        assertThat(fr.err()).isEqualTo("coachdans: onbekende taal ‘fr’: gebruik nl of en / unknown language ‘fr’: use nl or en" + System.lineSeparator());
    }

    @Test
    void aContentFolderThatIsNotOneIsSaidInTheCommandsLanguage() {
        Path nope = VOORBEELD.resolveSibling("bestaat-niet-map");
        Run nl = run("play", "voorbeeld", "--expert", "--content", nope.toString());
        assertThat(nl.code()).isEqualTo(2);
        assertThat(nl.err()).isEqualTo("coachdans: --content " + nope + ": dit is geen map" + System.lineSeparator());
        Run en = run("play", "voorbeeld", "--expert", "--content", nope.toString(), "--lang", "en");
        assertThat(en.err()).isEqualTo("coachdans: --content " + nope + ": not a folder" + System.lineSeparator());
    }

    @Test
    void aMissingGameWindowIsSaidInTheCommandsLanguage() {
        Run nl = run("open", VOORBEELD.toString());
        assertThat(nl.code()).isEqualTo(2);
        assertThat(nl.err()).contains("coachdans: het venster van het spel is hier niet beschikbaar").doesNotContain("not available");
        Run en = run("open", VOORBEELD.toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains("coachdans: the game window is not available here");
    }

    @Test
    void theContentUsedIsNotedInTheCommandsLanguage() {
        Run nl = run("analyse", "leonie");
        assertThat(nl.code()).isZero();
        assertThat(nl.err()).startsWith("coachdans: gebruikte inhoud: ").doesNotContain("content used");
        Run en = run("analyse", "leonie", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.err()).startsWith("coachdans: content used: ");
    }
}
