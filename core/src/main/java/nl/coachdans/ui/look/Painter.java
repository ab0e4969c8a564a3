package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;

/**
 * Draws anti-aliased shapes into a pixmap from signed distances, so rounded panels and the client
 * figure look smooth without any image files. Coordinates are pixels with y down (pixmap order).
 */
public final class Painter {
    private final Pixmap pixmap;

    public Painter(Pixmap pixmap) {
        this.pixmap = pixmap;
        pixmap.setBlending(Pixmap.Blending.None);
    }

    public Pixmap pixmap() {
        return pixmap;
    }

    /** A shape as a signed distance: negative inside, positive outside, in pixels. */
    @FunctionalInterface
    public interface Shape {
        float distance(float x, float y);
    }

    public static Shape circle(float cx, float cy, float r) {
        return (x, y) -> (float) Math.hypot(x - cx, y - cy) - r;
    }

    public static Shape ellipse(float cx, float cy, float rx, float ry) {
        // An approximation that is exact on the axes; good enough for soft figure shapes.
        return (x, y) -> {
            float dx = (x - cx) / rx, dy = (y - cy) / ry;
            return (float) ((Math.sqrt(dx * dx + dy * dy) - 1) * Math.min(rx, ry));
        };
    }

    /** A capsule: the segment (ax,ay)-(bx,by) thickened to radius r. */
    public static Shape capsule(float ax, float ay, float bx, float by, float r) {
        return (x, y) -> {
            float px = x - ax, py = y - ay, vx = bx - ax, vy = by - ay;
            float len2 = vx * vx + vy * vy;
            float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * vx + py * vy) / len2));
            return (float) Math.hypot(px - vx * t, py - vy * t) - r;
        };
    }

    public static Shape roundedRect(float x0, float y0, float w, float h, float r) {
        return (x, y) -> {
            float cx = x0 + w / 2, cy = y0 + h / 2;
            float qx = Math.abs(x - cx) - (w / 2 - r), qy = Math.abs(y - cy) - (h / 2 - r);
            float outside = (float) Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
            return outside + Math.min(Math.max(qx, qy), 0) - r;
        };
    }

    /** Blends the shape over what is there, with a one-pixel soft edge. */
    public void fill(Shape shape, Color color) {
        int w = pixmap.getWidth(), h = pixmap.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float d = shape.distance(x + 0.5f, y + 0.5f);
                float coverage = Math.max(0, Math.min(1, 0.5f - d));
                if (coverage > 0) blend(x, y, color, coverage * color.a);
            }
        }
    }

    /** A soft glow: full alpha at the centre, fading to nothing at radius r. */
    public void glow(float cx, float cy, float r, Color color) {
        int w = pixmap.getWidth(), h = pixmap.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float t = (float) Math.hypot(x + 0.5f - cx, y + 0.5f - cy) / r;
                if (t < 1) blend(x, y, color, color.a * (1 - t) * (1 - t));
            }
        }
    }

    private final Color under = new Color();

    private void blend(int x, int y, Color c, float a) {
        Color.rgba8888ToColor(under, pixmap.getPixel(x, y));
        float outA = a + under.a * (1 - a);
        if (outA <= 0) return;
        float r = (c.r * a + under.r * under.a * (1 - a)) / outA;
        float g = (c.g * a + under.g * under.a * (1 - a)) / outA;
        float b = (c.b * a + under.b * under.a * (1 - a)) / outA;
        pixmap.drawPixel(x, y, Color.rgba8888(r, g, b, outA));
    }
}
