package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.g2d.NinePatch;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.NinePatchDrawable;
import nl.coachdans.settings.TextSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rounded panels of one look (buttons, cards, bubbles, fields ...): what each looks like,
 * painted into the look's atlas without OpenGL, and turned into nine-patches once the atlas has
 * its texture. One atlas for panels and glyphs lets a whole screen draw from one texture.
 */
final class Panels {
    private Panels() {
    }

    /** A rounded panel with a fill, a border, and inner padding so content never touches the border. */
    record Panel(String name, Color fill, Color border, int radius, int borderWidth, float padX, float padY) { }

    static List<Panel> of(Palette p, TextSize size) {
        boolean hc = p.highContrast();
        int bw = hc ? 2 : 1;
        float padX = Math.round(size.body() * 0.8f), padY = Math.round(size.body() * 0.45f);
        float cardY = padX * 0.8f;
        return List.of(
                new Panel("d-panel", p.surface(), p.border(), 10, bw, padX, padX),
                new Panel("d-panel-alt", p.surfaceAlt(), p.surfaceAlt(), 10, 0, padX, padX),
                new Panel("d-bubble", p.surface(), p.border(), 14, bw, padX, padY * 1.6f),
                new Panel("d-coach", p.coach(), hc ? p.border() : p.coach(), 14, bw, padX, padY * 1.2f),
                new Panel("d-email", p.surfaceAlt(), p.surfaceAlt(), 6, 0, padX, padY),
                new Panel("d-feedback", mix(p.surface(), p.accent(), hc ? 0f : 0.10f), p.accent(), 10, bw, padX, padY * 1.2f),
                new Panel("d-danger", mix(p.surface(), p.danger(), hc ? 0f : 0.08f), p.danger(), 10, bw + 1, padX, padY * 1.2f),
                new Panel("d-chip", p.surfaceAlt(), p.border(), 8, bw, padY, padY * 0.4f),
                new Panel("b-up", p.surface(), p.border(), 8, bw, padX, padY),
                new Panel("b-over", p.surfaceAlt(), p.accent(), 8, bw, padX, padY),
                new Panel("b-down", mix(p.surfaceAlt(), p.accent(), 0.25f), p.accent(), 8, bw, padX, padY),
                new Panel("b-off", p.surfaceAlt(), p.surfaceAlt(), 8, bw, padX, padY),
                new Panel("b-checked", p.accent(), p.accent(), 8, bw, padX, padY),
                new Panel("b-primary", p.accent(), p.accent(), 8, bw, padX, padY),
                new Panel("b-primary-over", mix(p.accent(), p.text(), 0.15f), p.accent(), 8, bw, padX, padY),
                new Panel("c-up", p.surface(), p.border(), 12, bw, padX, cardY),
                new Panel("c-down", mix(p.surface(), p.accent(), 0.12f), p.accent(), 12, bw, padX, cardY),
                new Panel("c-over", p.surface(), p.accent(), 12, bw + 1, padX, cardY),
                new Panel("c-off", p.surfaceAlt(), p.surfaceAlt(), 12, bw, padX, cardY),
                new Panel("f-up", p.surface(), p.border(), 6, bw, padY, padY),
                new Panel("f-focus", p.surface(), p.accent(), 6, bw + 1, padY, padY),
                new Panel("s-knob", p.border(), p.border(), 4, 0, 0, 0),
                new Panel("p-bg", p.surfaceAlt(), p.border(), 6, bw, 0, 0),
                new Panel("p-fill", p.accent(), p.accent(), 6, 0, 0, 0));
    }

    /** Paints every panel into the atlas (no OpenGL needed). */
    static void paint(List<Panel> panels, PixmapPacker atlas) {
        for (Panel panel : panels) {
            int r = Math.max(panel.radius(), 2);
            int size = r * 2 + 2;
            Pixmap pm = new Pixmap(size, size, Pixmap.Format.RGBA8888);
            try {
                pm.setColor(0, 0, 0, 0);
                pm.fill();
                Painter painter = new Painter(pm);
                int bw = panel.borderWidth();
                painter.fill(Painter.roundedRect(0, 0, size, size, r), bw > 0 ? panel.border() : panel.fill());
                if (bw > 0) {
                    painter.fill(Painter.roundedRect(bw, bw, size - 2 * bw, size - 2 * bw, Math.max(1, r - bw)), panel.fill());
                }
                atlas.pack(panel.name(), pm);
            } finally {
                pm.dispose();
            }
        }
    }

    /** The panels as nine-patches on the atlas texture; render thread, after the atlas has its texture. */
    static Map<String, Drawable> drawables(List<Panel> panels, PixmapPacker atlas) {
        Map<String, Drawable> out = new HashMap<>();
        for (Panel panel : panels) {
            int r = Math.max(panel.radius(), 2);
            NinePatchDrawable d = new NinePatchDrawable(new NinePatch(region(atlas, panel.name()), r, r, r, r));
            d.setLeftWidth(panel.padX());
            d.setRightWidth(panel.padX());
            d.setTopHeight(panel.padY());
            d.setBottomHeight(panel.padY());
            out.put(panel.name(), d);
        }
        return out;
    }

    static TextureRegion region(PixmapPacker atlas, String name) {
        PixmapPacker.PixmapPackerRectangle rect = atlas.getRect(name);
        return new TextureRegion(rect.page.getTexture(), rect.getX(), rect.getY(), rect.getWidth(), rect.getHeight());
    }

    static Color mix(Color a, Color b, float t) {
        return new Color(a).lerp(b, t);
    }
}
