package nl.coachdans.ui.widget;

import nl.coachdans.play.Mood;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.PixmapIO;
import com.badlogic.gdx.utils.GdxNativesLoader;
import nl.coachdans.lint.ContentLibrary;
import nl.coachdans.scenario.Appearance;
import nl.coachdans.scenario.ContentReader;
import nl.coachdans.ui.look.Palette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each client is drawn as themselves: the built-in clients declare different looks and the figure
 * shows them. The figures are also written to target/figures/ so a person can look at them.
 */
class FigurePainterTest {
    private static final Path ASSETS = Paths.get(System.getProperty("coachdans.assets", "../assets"));
    private static final Mood MIDDLE = new Mood(2, 2, 2);

    @BeforeAll
    static void natives() {
        GdxNativesLoader.load();
    }

    @Test
    void everyBuiltInClientHasALookOfTheirOwn() throws Exception {
        ContentLibrary library = ContentLibrary.load(ASSETS, new ContentReader(), false);
        Map<String, Appearance> looks = new LinkedHashMap<>();
        for (ContentLibrary.Entry e : library.scenarios()) looks.put(e.id(), e.scenario().client().appearance());
        assertThat(looks).hasSize(5);
        assertThat(looks.values()).doesNotContain(Appearance.NEUTRAL).doesNotHaveDuplicates();

        Path out = Paths.get("target/figures");
        Files.createDirectories(out);
        Map<String, int[]> pixels = new LinkedHashMap<>();
        for (Map.Entry<String, Appearance> e : looks.entrySet()) {
            for (Palette palette : List.of(Palette.calmPalette(), Palette.highContrastPalette())) {
                Pixmap pm = new FigurePainter(palette, e.getValue()).paint(MIDDLE);
                try {
                    String name = e.getKey() + (palette.highContrast() ? "-contrast" : "");
                    PixmapIO.writePNG(new FileHandle(out.resolve(name + ".png").toFile()), pm);
                    if (!palette.highContrast()) pixels.put(e.getKey(), pixels(pm));
                } finally {
                    pm.dispose();
                }
            }
        }
        List<String> ids = List.copyOf(pixels.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                assertThat(differing(pixels.get(ids.get(i)), pixels.get(ids.get(j))))
                        .as("%s and %s look clearly different", ids.get(i), ids.get(j))
                        .isGreaterThan(2000);
            }
        }
    }

    @Test
    void glassesAreDrawnAroundTheEyesAndNowhereElse() {
        Appearance without = Appearance.NEUTRAL;
        Appearance with = new Appearance(null, null, null, null, null, null, true, null);
        int[] a = paint(without), b = paint(with);
        int eyeArea = 0, elsewhere = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) continue;
            int x = i % FigurePainter.WIDTH, y = i / FigurePainter.WIDTH;
            if (y >= 88 && y <= 118 && x >= 58 && x <= 162) eyeArea++;
            else elsewhere++;
        }
        assertThat(eyeArea).isGreaterThan(100);
        assertThat(elsewhere).isZero();
    }

    @Test
    void theMoodStillShowsOnAnyLook() {
        Appearance marcel = new Appearance(Appearance.Hair.CROPPED, Appearance.HairColour.GREY, null,
                Appearance.Clothing.WORK_JACKET, null, Appearance.Age.OLDER, null, Appearance.Beard.FULL);
        FigurePainter painter = new FigurePainter(Palette.calmPalette(), marcel);
        Pixmap calm = painter.paint(new Mood(0, 4, 4));
        Pixmap tense = painter.paint(new Mood(4, 0, 0));
        try {
            assertThat(differing(pixels(calm), pixels(tense))).isGreaterThan(2000);
        } finally {
            calm.dispose();
            tense.dispose();
        }
    }

    private static int[] paint(Appearance look) {
        Pixmap pm = new FigurePainter(Palette.calmPalette(), look).paint(MIDDLE);
        try {
            return pixels(pm);
        } finally {
            pm.dispose();
        }
    }

    private static int[] pixels(Pixmap pm) {
        int[] out = new int[pm.getWidth() * pm.getHeight()];
        for (int y = 0; y < pm.getHeight(); y++) {
            for (int x = 0; x < pm.getWidth(); x++) out[y * pm.getWidth() + x] = pm.getPixel(x, y);
        }
        return out;
    }

    private static int differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) n++;
        return n;
    }
}
