package nl.coachdans.ui.text;

import nl.coachdans.sessions.Mode;
import nl.coachdans.sessions.RecordStatus;
import nl.coachdans.scenario.Quality;
import nl.coachdans.scoring.Band;
import nl.coachdans.settings.TextSize;
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

/** Every user-visible string exists in Dutch and English, and every key the code asks for exists. */
class BundleTest {
    private static final Path UI_SOURCES = Paths.get("src/main/java/nl/coachdans/ui");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        BundleFiles.assertSameKeys("ui");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("(?:get|format)\\(\"([a-zA-Z][a-zA-Z0-9.\\-]+)\"");
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) if (m.group(1).contains(".") && !m.group(1).endsWith(".")) used.add(m.group(1));
            }
        }
        for (Band b : Band.values()) used.add("band." + b.code());
        for (Quality q : Quality.values()) used.add("quality." + q.code());
        for (RecordStatus s : RecordStatus.values()) used.add("status." + s.name().toLowerCase(Locale.ROOT));
        for (TextSize s : TextSize.values()) used.add(s.key());
        for (Mode m : Mode.values()) used.add("mode." + m.name().toLowerCase(Locale.ROOT));
        for (int d = 1; d <= 3; d++) used.add("difficulty." + d);
        // keys chosen with a condition in the code
        used.addAll(List.of("pause.hint", "pause.hintScreen", "briefing.thinkOn", "briefing.thinkOff", "settings.on", "settings.off", "node.ending", "node.narration",
                "conversation.keysPractice", "conversation.keysExam", "conversation.keysEnd", "conversation.keysEndPractice",
                "debrief.severity.critical", "debrief.severity.warning", "debrief.axis.steps", "debrief.axis.risks",
                "settings.problem.tooLarge", "settings.problem.notAnObject", "settings.problem.moreThanOne", "settings.problem.notText",
                "settings.problem.notFlag", "settings.problem.syntax", "settings.problem.io"));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(BundleFiles.load("ui.properties").stringPropertyNames());
        assertThat(missing).as("keys used in the code but missing from ui.properties").isEmpty();
    }

    @Test
    void patternsAreValidAndUseTypographicApostrophes() throws IOException {
        assertThat(BundleFiles.patternProblems("ui", new Object[] {1, 2, 3})).isEmpty();
    }
}
