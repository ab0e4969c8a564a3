package nl.coachdans.ui.debrief;

import nl.coachdans.dance.Octant;
import nl.coachdans.ui.text.BundleFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The debrief and replay strings exist in Dutch and English, every key the code asks for exists,
 * and every pattern is valid (the bundle of its own needs its own guard; see BundleTest for ui).
 */
class DebriefBundleTest {
    private static final List<Path> SOURCES = List.of(Paths.get("src/main/java/nl/coachdans/ui/debrief"),
            Paths.get("src/main/java/nl/coachdans/ui/replay"), Paths.get("../core/src/main/java/nl/coachdans/debrief"),
            Paths.get("../core/src/main/java/nl/coachdans/replay"), Paths.get("src/main/java/nl/coachdans/cli"));

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        BundleFiles.assertSameKeys("debrief");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        // Every string literal that looks like a key of this bundle (prefix.name), in both packages.
        Pattern literal = Pattern.compile("\"((?:title|tab|part|list|footer|keys|reactions|description|chart|talk|analysis|axis|turning|summary"
                + "|replay|move|legend|rose|study|launch|sheet|transcript|graph)(?:\\.[a-zA-Z0-9]+)*)\"");
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) used.add(m.group(1));
                }
            }
        }
        used.removeIf(k -> k.endsWith(".") || !k.contains(".") && !Set.of("title", "tab").contains(k));
        // Keys the code composes from a prefix and a value.
        for (String p : List.of("reactions", "description", "analysis", "summary")) used.add("part." + p);
        for (Octant o : Octant.values()) used.add(o.key());
        for (String c : List.of("prev", "next", "first", "last", "slower", "faster")) used.add("replay." + c + "Short");
        for (String r : List.of("herken", "verbaast", "ergert")) {
            used.add("study." + r);
            used.add("study.word." + r);
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(BundleFiles.load("debrief.properties").stringPropertyNames());
        assertThat(missing).as("keys used in the code but missing from debrief.properties").isEmpty();
        assertThat(used).as("the scan finds the keys").hasSizeGreaterThan(150);
    }

    @Test
    void patternsAreValidAndUseTypographicApostrophes() throws IOException {
        assertThat(BundleFiles.patternProblems("debrief", new Object[] {1, 2, 3})).isEmpty();
    }
}
