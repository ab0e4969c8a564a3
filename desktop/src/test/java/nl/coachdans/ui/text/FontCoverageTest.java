package nl.coachdans.ui.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fonts rasterise glyphs as texts need them, so a character DejaVu Sans lacks would silently
 * be left out: every character of the strings, the content and the screens' own code (signs such
 * as ✓ ⚠ ✉ ●) must have a glyph in both faces.
 */
class FontCoverageTest {
    private static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));
    private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final Path UI_CODE = Paths.get("src/main/java/nl/coachdans/ui");
    private static final Path CORE_CODE = Paths.get("../core/src/main/java/nl/coachdans");

    @Test
    void dejaVuHasAGlyphForEveryCharacterTheTextsUse() throws Exception {
        TreeSet<Integer> used = new TreeSet<>();
        int files = 0;
        for (Path dir : List.of(ASSETS.resolve("i18n"), ASSETS.resolve("scenarios"), ASSETS.resolve("frameworks"), UI_CODE, CORE_CODE)) {
            try (var walk = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    unescape(Files.readString(f)).codePoints().filter(cp -> cp > ' ' && !Character.isWhitespace(cp)).forEach(used::add);
                    files++;
                }
            }
        }
        assertThat(files).as("content, string and screen files found").isGreaterThan(100);
        assertThat(used).as("Dutch letters, typographic quotes and the screens' signs")
                .contains((int) 'ë', (int) '’', (int) '…', (int) '●', (int) '⚠', (int) '✉');
        for (String file : List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")) {
            Font font;
            try (InputStream in = Files.newInputStream(ASSETS.resolve(file))) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            }
            List<String> missing = used.stream().filter(cp -> !font.canDisplay(cp)).map(cp -> String.format("U+%04X", cp)).toList();
            assertThat(missing).as("glyphs missing from " + file).isEmpty();
        }
    }

    /** Java sources and bundles may write a sign as a unicode escape. */
    private static String unescape(String text) {
        return ESCAPE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
}
