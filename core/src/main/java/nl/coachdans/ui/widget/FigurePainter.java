package nl.coachdans.ui.widget;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import nl.coachdans.ui.look.Painter;
import nl.coachdans.ui.look.Palette;

/**
 * Paints the client as a simple, friendly bust whose mood shows in small cues: a warm or cool glow
 * behind the head (agitation), brows drawn together (agitation), the curve of the mouth (rapport)
 * and folded arms when the client is closed (openness). Abstract on purpose: no face to judge,
 * only the signals a coach learns to notice.
 */
final class FigurePainter {
    static final int WIDTH = 220, HEIGHT = 260;

    private final Palette palette;

    FigurePainter(Palette palette) {
        this.palette = palette;
    }

    Pixmap paint(Mood mood) {
        Pixmap pm = new Pixmap(WIDTH, HEIGHT, Pixmap.Format.RGBA8888);
        pm.setColor(0, 0, 0, 0);
        pm.fill();
        Painter p = new Painter(pm);
        float agitation = mood.agitation() / (float) (Mood.LEVELS - 1);
        float rapport = mood.rapport() / (float) (Mood.LEVELS - 1);
        float openness = mood.openness() / (float) (Mood.LEVELS - 1);

        Color glow = new Color(palette.calm()).lerp(palette.tense(), agitation);
        glow.a = palette.highContrast() ? 0.55f : 0.45f;
        p.glow(110, 100, 105, glow);

        Color skin = palette.highContrast() ? Color.valueOf("E6C9A8") : Color.valueOf("D9B48F");
        Color cloth = palette.highContrast() ? Color.valueOf("5C7CFA") : Color.valueOf("5D7A8C");
        Color clothDark = new Color(cloth).lerp(Color.BLACK, 0.25f);
        Color hair = Color.valueOf("4A3A2E");
        Color ink = Color.valueOf("2B2420");

        // Shoulders and body; a closed client pulls the shoulders up a little.
        float shoulderY = 200 - (1 - openness) * 8;
        p.fill(Painter.ellipse(110, shoulderY + 70, 92, 80), cloth);
        p.fill(Painter.capsule(110, 150, 110, 178, 16), skin); // neck
        // Head with hair.
        p.fill(Painter.circle(110, 98, 56), hair);
        p.fill(Painter.ellipse(110, 108, 50, 56), skin);
        p.fill(Painter.ellipse(110, 62, 50, 22), hair);

        // Eyes.
        p.fill(Painter.circle(90, 104, 5.5f), ink);
        p.fill(Painter.circle(130, 104, 5.5f), ink);
        // Brows: inner ends drop as agitation rises.
        float inner = 88 + agitation * 6, outer = 88 - agitation * 1.5f;
        p.fill(Painter.capsule(76, outer, 99, inner, 2.8f), hair);
        p.fill(Painter.capsule(144, outer, 121, inner, 2.8f), hair);

        // Mouth: a parabola from frown (-1) to smile (+1), traced as small dots.
        // An agitated client smiles less broadly, so tense brows never come with a grin.
        float curve = (rapport - 0.45f) * 2f * (rapport > 0.45f ? 1 - 0.6f * agitation : 1);
        for (int i = -16; i <= 16; i++) {
            float x = 110 + i;
            float y = 134 + curve * 6 * (1 - (i / 16f) * (i / 16f)); // y grows downwards: a lower middle smiles
            p.fill(Painter.circle(x, y, 2.4f), ink);
        }

        // Folded arms when the client is closed.
        if (openness < 0.35f) {
            p.fill(Painter.capsule(52, 236, 168, 222, 15), clothDark);
            p.fill(Painter.capsule(168, 236, 52, 222, 15), clothDark);
            p.fill(Painter.circle(56, 229, 11), skin);
            p.fill(Painter.circle(164, 229, 11), skin);
        }
        return pm;
    }
}
