package nl.coachdans.desktop;

import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.utils.GdxNativesLoader;
import nl.coachdans.scenario.Language;
import nl.coachdans.ui.look.FontSet;
import nl.coachdans.ui.text.AssetFiles;
import nl.coachdans.ui.text.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu's strings and fonts read from the copy of the assets packed with the game, as a start
 * outside the source tree reads them (the desktop module packs assets/ as class-path resources).
 */
class PackedAssetsTest {
    private final AssetFiles packed = AssetFiles.packed();
    private final AssetFiles folder = AssetFiles.in(Path.of("..", "assets"));

    @Test
    void packedFilesAreTheSourceFiles() {
        for (String name : new String[] {"i18n/ui.properties", "i18n/ui_en.properties", FontSet.REGULAR, FontSet.BOLD}) {
            FileHandle p = packed.file(name), f = folder.file(name);
            assertThat(p.exists()).as(name).isTrue();
            assertThat(p.length()).as(name).isEqualTo(f.length());
            assertThat(p.readBytes()).as(name).isEqualTo(f.readBytes());
        }
        assertThat(packed.file("i18n/no-such-bundle.properties").exists()).isFalse();
    }

    @Test
    void bundlesFindTheirLanguageBesideThePackedBaseFile() {
        assertThat(Texts.load(packed, Language.NL).get("menu.play")).isEqualTo("Spelen");
        assertThat(Texts.load(packed, Language.EN).get("menu.play")).isEqualTo("Play");
        assertThat(Texts.load(packed, "trainer", Language.EN).get("progress.title")).isEqualTo("My growth");
    }

    @Test
    void freeTypeOpensBothPackedFaces() {
        GdxNativesLoader.load();
        for (String face : new String[] {FontSet.REGULAR, FontSet.BOLD}) {
            FreeTypeFontGenerator generator = new FreeTypeFontGenerator(packed.file(face));
            try {
                assertThat(generator.hasGlyph('\u00eb')).as(face).isTrue();
            } finally {
                generator.dispose();
            }
        }
    }
}
