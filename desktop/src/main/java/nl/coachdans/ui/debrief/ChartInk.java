package nl.coachdans.ui.debrief;

import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.MathUtils;

/**
 * Lines and point marks drawn with one white texture region inside the sprite batch, so charts and
 * legends need no separate shape renderer (and no batch switches). The caller sets the colour.
 */
public final class ChartInk {
    /** How a series marks its points, so the lines differ in shape as well as in colour. */
    public enum Mark { SQUARE, DIAMOND, BAR }

    private final TextureRegion white;

    public ChartInk(TextureRegion white) {
        this.white = white;
    }

    public void line(Batch b, float x1, float y1, float x2, float y2, float width) {
        float dx = x2 - x1, dy = y2 - y1;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        if (len < 0.01f) return;
        float angle = MathUtils.atan2(dy, dx) * MathUtils.radiansToDegrees;
        b.draw(white, x1, y1 - width / 2, 0, width / 2, len, width, 1, 1, angle);
    }

    /** A line drawn as dashes of {@code dash} with gaps of {@code gap}; a gap of 0 draws it solid. */
    public void dashed(Batch b, float x1, float y1, float x2, float y2, float width, float dash, float gap) {
        if (gap <= 0) {
            line(b, x1, y1, x2, y2, width);
            return;
        }
        float dx = x2 - x1, dy = y2 - y1;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        if (len < 0.01f) return;
        float ux = dx / len, uy = dy / len;
        for (float s = 0; s < len; s += dash + gap) {
            float e = Math.min(len, s + dash);
            line(b, x1 + ux * s, y1 + uy * s, x1 + ux * e, y1 + uy * e, width);
        }
    }

    public void rect(Batch b, float x, float y, float w, float h) {
        b.draw(white, x, y, w, h);
    }

    public void mark(Batch b, Mark mark, float x, float y, float size) {
        float h = size / 2;
        switch (mark) {
            case SQUARE -> b.draw(white, x - h, y - h, size, size);
            case DIAMOND -> b.draw(white, x - h, y - h, h, h, size, size, 0.85f, 0.85f, 45);
            case BAR -> b.draw(white, x - size * 0.8f, y - size * 0.28f, size * 1.6f, size * 0.56f);
        }
    }
}
