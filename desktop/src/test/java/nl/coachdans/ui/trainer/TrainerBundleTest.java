package nl.coachdans.ui.trainer;

import nl.coachdans.files.Explanation;
import nl.coachdans.sessions.Annotation;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.ui.text.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assignment, progress and trainer screens' strings: both languages have every key, every key
 * the code names exists, and every pattern formats.
 */
class TrainerBundleTest {
    private static final List<Path> SOURCES = List.of(Paths.get("src/main/java/nl/coachdans/ui/assignment"),
            Paths.get("src/main/java/nl/coachdans/ui/progress"), Paths.get("src/main/java/nl/coachdans/ui/trainer"),
            Paths.get("src/main/java/nl/coachdans/ui/text/AssignmentWords.java"), Paths.get("src/main/java/nl/coachdans/ui/text/Names.java"),
            Paths.get("src/main/java/nl/coachdans/ui/text/Dates.java"), Paths.get("src/main/java/nl/coachdans/ui/FeatureScreen.java"),
            Paths.get("../core/src/main/java/nl/coachdans/assignments"), Paths.get("../core/src/main/java/nl/coachdans/progress"),
            Paths.get("src/main/java/nl/coachdans/cli/ReportCommand.java"), Paths.get("src/main/java/nl/coachdans/cli/AssignmentExportCommand.java"),
            Paths.get("src/main/java/nl/coachdans/cli/AssignmentCommand.java"), Paths.get("src/main/java/nl/coachdans/cli/AssignmentCheckCommand.java"),
            Paths.get("src/main/java/nl/coachdans/cli/AssignmentNewCommand.java"), Paths.get("src/main/java/nl/coachdans/cli/ExportCommand.java"),
            Paths.get("src/main/java/nl/coachdans/cli/SendCommand.java"), Paths.get("src/main/java/nl/coachdans/cli/ImportCommand.java"),
            Paths.get("src/main/java/nl/coachdans/cli/ClientCommand.java"), Paths.get("src/main/java/nl/coachdans/cli/OpenCommand.java"),
            Paths.get("src/main/java/nl/coachdans/cli/LrsOptions.java"), Paths.get("src/main/java/nl/coachdans/cli/OutputFiles.java"),
            Paths.get("src/main/java/nl/coachdans/cli/PlayCommand.java"), Paths.get("src/main/java/nl/coachdans/cli/ReplayCommand.java"),
            Paths.get("src/main/java/nl/coachdans/cli/ContentPaths.java"), Paths.get("src/main/java/nl/coachdans/cli/CliWords.java"),
            Paths.get("src/main/java/nl/coachdans/cli/Cli.java"), Paths.get("src/main/java/nl/coachdans/cli/GraphCommand.java"));
    /** The first part of every key in this bundle; a string literal starting so is a key. */
    private static final Pattern KEY = Pattern.compile("\"((?:menu|keys|assignments|assignment|criterion|attempts|attempt|state|check|block"
            + "|export|flow|open|problem|result|progress|trainer|report|status|reaction|console)\\.[a-zA-Z][a-zA-Z0-9.\\-]*)\"");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        BundleFiles.assertSameKeys("trainer");
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path src : SOURCES) {
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) if (!m.group(1).endsWith(".")) used.add(m.group(1));
                }
            }
        }
        used.removeIf(k -> k.startsWith("menu.")); // the main menu's keys are in the main bundle
        for (RecordStatus s : RecordStatus.values()) used.add("status." + s.code());
        for (Annotation.Reaction r : Annotation.Reaction.values()) used.add("reaction." + r.name().toLowerCase(Locale.ROOT));
        for (Explanation.Why w : Explanation.Why.values()) used.add(w.key());
        assertThat(used).hasSizeGreaterThan(150);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(BundleFiles.load("trainer.properties").stringPropertyNames());
        assertThat(missing).as("keys named in the code but missing from trainer.properties").isEmpty();
    }

    @Test
    void everyWordOfTheHtmlClassReportExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\bget\\(\"([a-zA-Z]+)\"\\)").matcher(
                Files.readString(Paths.get("../core/src/main/java/nl/coachdans/classreport/ClassReportHtml.java"))
                        + Files.readString(Paths.get("../core/src/main/java/nl/coachdans/classreport/ReportWords.java")));
        while (m.find()) used.add("html." + m.group(1));
        for (RecordStatus s : RecordStatus.values()) used.add("html." + s.code() + "Help"); // composed from the state
        assertThat(used).hasSizeGreaterThan(60);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(BundleFiles.load("trainer.properties").stringPropertyNames());
        assertThat(missing).as("words of the class report missing from trainer.properties").isEmpty();
    }

    @Test
    void everyExplanationOfAFileHasItsWordsAndNoneIsLeftOver() throws IOException {
        Set<String> kinds = new TreeSet<>();
        for (Explanation.Why w : Explanation.Why.values()) kinds.add(w.key());
        for (String bundle : List.of("trainer.properties", "trainer_en.properties")) {
            Set<String> keys = new TreeSet<>(BundleFiles.load(bundle).stringPropertyNames());
            keys.removeIf(k -> !k.startsWith("file."));
            assertThat(keys).as(bundle + ": file.* keys are exactly the kinds of Explanation.Why").isEqualTo(kinds);
        }
    }

    @Test
    void patternsFormatAndUseTypographicApostrophes() throws IOException {
        assertThat(BundleFiles.patternProblems("trainer", new Object[] {1, 2, 3, 4, 5}, new Object[] {0, 0, 0, 0, 0})).isEmpty();
    }
}
