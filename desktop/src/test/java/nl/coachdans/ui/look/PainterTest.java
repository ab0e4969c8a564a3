package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.utils.GdxNativesLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PainterTest {
    @BeforeAll
    static void natives() {
        GdxNativesLoader.load();
    }

    @Test
    void aFilledCircleIsOpaqueInsideClearOutsideAndSoftAtItsEdge() {
        Pixmap pm = new Pixmap(32, 32, Pixmap.Format.RGBA8888);
        try {
            new Painter(pm).fill(Painter.circle(16, 16, 10.25f), Color.RED);
            assertThat(Integer.toHexString(pm.getPixel(16, 16))).isEqualTo("ff0000ff");
            assertThat(pm.getPixel(0, 0)).isZero();
            int edgeAlpha = pm.getPixel(26, 16) & 0xff; // a quarter of this pixel is inside the rim
            assertThat(edgeAlpha).isBetween(1, 254);
        } finally {
            pm.dispose();
        }
    }

    @Test
    void halfTransparentPaintMixesWithWhatIsThere() {
        Pixmap pm = new Pixmap(4, 4, Pixmap.Format.RGBA8888);
        try {
            pm.setColor(Color.BLUE);
            pm.fill();
            new Painter(pm).fill(Painter.roundedRect(-10, -10, 30, 30, 2), new Color(1, 1, 1, 0.5f));
            // White at half over opaque blue: red and green halfway, blue and alpha full.
            assertThat(Integer.toHexString(pm.getPixel(1, 1))).isEqualTo("7f7fffff");
        } finally {
            pm.dispose();
        }
    }

    @Test
    void paintsWhatTheOneNativeCallPerPixelVersionPainted() {
        // The panels' recipe (a border, then the fill inset) and a glow, compared with the way the
        // painter used to work: hypot for distances, getPixel and drawPixel for every pixel.
        Color border = new Color(0.2f, 0.3f, 0.5f, 1f), fill = new Color(0.95f, 0.93f, 0.9f, 0.9f), glow = new Color(1f, 0.8f, 0.2f, 0.6f);
        int size = 2 * 14 + 2;
        Pixmap now = new Pixmap(size, size, Pixmap.Format.RGBA8888);
        Pixmap before = new Pixmap(size, size, Pixmap.Format.RGBA8888);
        try {
            Painter p = new Painter(now);
            p.fill(Painter.roundedRect(0, 0, size, size, 14), border);
            p.fill(Painter.roundedRect(2, 2, size - 4, size - 4, 12), fill);
            p.glow(size / 2f, size / 2f, 9, glow);
            before.setBlending(Pixmap.Blending.None);
            oldFill(before, 0, 0, size, size, 14, border);
            oldFill(before, 2, 2, size - 4, size - 4, 12, fill);
            oldGlow(before, size / 2f, size / 2f, 9, glow);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int a = now.getPixel(x, y), b = before.getPixel(x, y);
                    for (int shift = 0; shift < 32; shift += 8) {
                        assertThat(Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)))
                                .as("pixel %d,%d: %08x against %08x", x, y, a, b).isLessThanOrEqualTo(1);
                    }
                }
            }
        } finally {
            now.dispose();
            before.dispose();
        }
    }

    @Test
    void refusesAPixmapItCannotReadByteForByte() {
        Pixmap pm = new Pixmap(4, 4, Pixmap.Format.RGB888);
        try {
            assertThatThrownBy(() -> new Painter(pm)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RGBA8888");
        } finally {
            pm.dispose();
        }
    }

    private static void oldFill(Pixmap pm, float x0, float y0, float w, float h, float r, Color c) {
        for (int y = 0; y < pm.getHeight(); y++) {
            for (int x = 0; x < pm.getWidth(); x++) {
                float px = x + 0.5f, py = y + 0.5f, cx = x0 + w / 2, cy = y0 + h / 2;
                float qx = Math.abs(px - cx) - (w / 2 - r), qy = Math.abs(py - cy) - (h / 2 - r);
                float d = (float) Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
                float coverage = Math.max(0, Math.min(1, 0.5f - d));
                if (coverage > 0) oldBlend(pm, x, y, c, coverage * c.a);
            }
        }
    }

    private static void oldGlow(Pixmap pm, float cx, float cy, float r, Color c) {
        for (int y = 0; y < pm.getHeight(); y++) {
            for (int x = 0; x < pm.getWidth(); x++) {
                float t = (float) Math.hypot(x + 0.5f - cx, y + 0.5f - cy) / r;
                if (t < 1) oldBlend(pm, x, y, c, c.a * (1 - t) * (1 - t));
            }
        }
    }

    private static void oldBlend(Pixmap pm, int x, int y, Color c, float a) {
        Color under = new Color();
        Color.rgba8888ToColor(under, pm.getPixel(x, y));
        float outA = a + under.a * (1 - a);
        if (outA <= 0) return;
        float r = (c.r * a + under.r * under.a * (1 - a)) / outA;
        float g = (c.g * a + under.g * under.a * (1 - a)) / outA;
        float b = (c.b * a + under.b * under.a * (1 - a)) / outA;
        pm.drawPixel(x, y, Color.rgba8888(r, g, b, outA));
    }
}
