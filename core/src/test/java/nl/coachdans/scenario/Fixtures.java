package nl.coachdans.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example content of docs/examples (mini-grow + voorbeeld) as the base fixture of the tests,
 * and helpers to make small broken variants of it by replacing text in the YAML.
 */
public final class Fixtures {
    /** Tests run in the module folder; the repository root is its parent. */
    public static final Path EXAMPLES = Paths.get("..", "docs", "examples");
    public static final Path VOORBEELD = EXAMPLES.resolve("scenarios").resolve("voorbeeld.yaml");
    public static final Path MINI_GROW = EXAMPLES.resolve("frameworks").resolve("mini-grow.yaml");

    /** The expert path of voorbeeld, as documented in the file. */
    public static final List<String> EXPERT =
            List.of("mail-afspraak", "open-doel", "doel-realiteit", "situatie-opties", "opties-wil");

    private static final ContentReader READER = new ContentReader();

    private Fixtures() {
    }

    public static ContentReader reader() {
        return READER;
    }

    public static String voorbeeldText() {
        return read(VOORBEELD);
    }

    public static String miniGrowText() {
        return read(MINI_GROW);
    }

    public static Framework miniGrow() {
        ReadResult<Framework> r = READER.readFramework(MINI_GROW);
        assertThat(r.findings()).as("mini-grow loads cleanly").isEmpty();
        return r.value();
    }

    public static Curriculum curriculum() {
        return Curriculum.of(List.of(miniGrow()));
    }

    public static Scenario voorbeeld() {
        return scenario(voorbeeldText());
    }

    /** Parses scenario YAML text; fails the test when the text does not load without findings. */
    public static Scenario scenario(String yaml) {
        ReadResult<Scenario> r = READER.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), true, Scenario.class, List.of());
        assertThat(r.findings()).as("fixture loads without findings").isEmpty();
        assertThat(r.value()).isNotNull();
        return r.value();
    }

    /** Replaces {@code old} by {@code replacement}; {@code old} must occur exactly once. */
    public static String replaceOnce(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertThat(at).as("fixture text contains %s", old).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf(old, at + 1)).as("fixture text contains %s only once", old).isEqualTo(-1);
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    /** Inserts {@code addition} just before the {@code expert:} line (i.e. at the end of the nodes). */
    public static String addNodes(String text, String addition) {
        return replaceOnce(text, "\nexpert: [", "\n" + addition + "expert: [");
    }

    /** Replaces the expert line. */
    public static String withExpert(String text, String... choices) {
        return replaceOnce(text, "expert: [" + String.join(", ", EXPERT) + "]", "expert: [" + String.join(", ", choices) + "]");
    }

    /** A complete choice in the YAML layout of voorbeeld (indented for a node's choice list). */
    public static String choice(String id, String next, String extra) {
        return "      - id: " + id + "\n"
                + "        text: {nl: \"Keuze " + id + "\", en: \"Choice " + id + "\"}\n"
                + (extra == null ? "" : extra)
                + "        move: {lead: client, closeness: 0, stance: along, tempo: steady}\n"
                + "        feedback: {nl: \"Terugkoppeling\", en: \"Feedback\"}\n"
                + "        next: " + next + "\n";
    }

    /** A complete non-ending node with the given choices. */
    public static String node(String id, String... choices) {
        StringBuilder sb = new StringBuilder("  " + id + ":\n    kind: utterance\n    text: {nl: \"Tekst " + id + "\", en: \"Text " + id + "\"}\n");
        if (choices.length > 0) {
            sb.append("    choices:\n");
            for (String c : choices) sb.append(c);
        }
        return sb.toString();
    }

    /** A complete ending node. */
    public static String ending(String id, String quality) {
        return "  " + id + ":\n    kind: ending\n    quality: " + quality + "\n"
                + "    text: {nl: \"Einde " + id + "\", en: \"End " + id + "\"}\n"
                + "    lesson: {nl: \"Les\", en: \"Lesson\"}\n";
    }

    /** The 1-based line of the only line of {@code text} that contains {@code needle}. */
    public static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) hits.add(i + 1);
        assertThat(hits).as("lines containing %s", needle).hasSize(1);
        return hits.get(0);
    }

    /** The 1-based column of {@code needle} on its (only) line. */
    public static int columnOf(String text, String needle) {
        String line = text.split("\n", -1)[lineOf(text, needle) - 1];
        return line.indexOf(needle) + 1;
    }

    /** The 1-based column of {@code needle} on the (only) line that contains {@code lineNeedle}. */
    public static int columnOf(String text, String needle, String lineNeedle) {
        String line = text.split("\n", -1)[lineOf(text, lineNeedle) - 1];
        assertThat(line).contains(needle);
        return line.indexOf(needle) + 1;
    }

    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
