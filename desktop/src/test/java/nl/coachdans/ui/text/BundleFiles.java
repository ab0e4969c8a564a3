package nl.coachdans.ui.text;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The string bundles' files, and the checks the three bundle tests (ui, debrief, trainer) share. */
public final class BundleFiles {
    private static final Path I18N = Paths.get(System.getProperty("coachdans.assets", "../assets"), "i18n");

    private BundleFiles() {
    }

    public static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** The Dutch base file and its English twin have the same keys. */
    public static void assertSameKeys(String bundle) throws IOException {
        assertThat(load(bundle + "_en.properties").stringPropertyNames()).isEqualTo(load(bundle + ".properties").stringPropertyNames());
    }

    /**
     * What is wrong with the bundle's patterns in both languages: an ASCII apostrophe (MessageFormat
     * treats it as a quote and would silently eat text), an empty value, or a pattern that does not
     * format with each of the given argument sets.
     */
    public static List<String> patternProblems(String bundle, Object[]... argumentSets) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of(bundle + ".properties", bundle + "_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.contains("'")) problems.add(file + " " + key + ": use \u2019 instead of '");
                if (v.isBlank()) problems.add(file + " " + key + ": empty");
                try {
                    for (Object[] args : argumentSets) new MessageFormat(v, Locale.ROOT).format(args);
                } catch (IllegalArgumentException e) {
                    problems.add(file + " " + key + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }
}
