package nl.coachdans.ui.text;

import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fonts get every character the texts use, and DejaVu Sans really has a glyph for each. */
class CharacterSetTest {
    private static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));

    @Test
    void includesTypographicCharactersAndEverythingInTheContent() throws Exception {
        String chars = CharacterSet.collect(ASSETS);
        assertThat(chars).contains("ë", "ï", "é", "’", "“", "”", "–", "…", "●", "○", "✓", "⚠", "✉", "↑", "↓");
        for (String folder : List.of("scenarios", "frameworks", "i18n")) {
            Path dir = ASSETS.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.readString(f).codePoints().filter(cp -> !Character.isISOControl(cp))
                            .forEach(cp -> assertThat(chars.indexOf(cp)).as(f + " uses U+%04X", cp).isGreaterThanOrEqualTo(0));
                }
            }
        }
    }

    @Test
    void dejaVuHasAGlyphForEveryCharacter() throws Exception {
        String chars = CharacterSet.collect(ASSETS);
        for (String file : List.of("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")) {
            Font font;
            try (InputStream in = Files.newInputStream(ASSETS.resolve(file))) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            }
            List<String> missing = new ArrayList<>();
            chars.codePoints().filter(cp -> cp > ' ' && !Character.isWhitespace(cp) && !font.canDisplay(cp))
                    .forEach(cp -> missing.add(String.format("U+%04X", cp)));
            assertThat(missing).as("glyphs missing from " + file).isEmpty();
        }
    }
}
