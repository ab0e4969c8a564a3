package nl.coachdans.ui.debrief;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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
    private static final Path I18N = Paths.get(System.getProperty("coachdans.assets", "../assets"), "i18n");
    private static final List<Path> SOURCES = List.of(Paths.get("src/main/java/nl/coachdans/ui/debrief"),
            Paths.get("src/main/java/nl/coachdans/ui/replay"));

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("debrief_en.properties").stringPropertyNames()).isEqualTo(load("debrief.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        // Every string literal that looks like a key of this bundle (prefix.name), in both packages.
        Pattern literal = Pattern.compile("\"((?:title|tab|part|list|footer|keys|reactions|description|chart|talk|analysis|axis|turning|summary"
                + "|replay|move|legend|rose|study|launch)(?:\\.[a-zA-Z0-9]+)*)\"");
        for (Path dir : SOURCES) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) used.add(m.group(1));
                }
            }
        }
        used.removeIf(k -> k.endsWith(".") || !k.contains(".") && !Set.of("title", "tab").contains(k));
        used.remove("rose.octant"); // composed: rose.octant0 .. rose.octant7
        // Keys the code composes from a prefix and a value.
        for (String p : List.of("reactions", "description", "analysis", "summary")) used.add("part." + p);
        for (int i = 0; i < 8; i++) used.add("rose.octant" + i);
        for (String c : List.of("prev", "next", "first", "last", "slower", "faster")) used.add("replay." + c + "Short");
        for (String r : List.of("herken", "verbaast", "ergert")) {
            used.add("study." + r);
            used.add("study.word." + r);
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(load("debrief.properties").stringPropertyNames());
        assertThat(missing).as("keys used in the code but missing from debrief.properties").isEmpty();
        assertThat(used).as("the scan finds the keys").hasSizeGreaterThan(150);
    }

    @Test
    void patternsAreValidAndUseTypographicApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("debrief.properties", "debrief_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("'")) problems.add(file + " " + key + ": use \u2019 instead of '");
                if (v.isBlank()) problems.add(file + " " + key + ": empty");
                try {
                    new MessageFormat(v, Locale.ROOT).format(new Object[] {1, 2, 3});
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
