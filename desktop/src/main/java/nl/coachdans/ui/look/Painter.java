package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;

import java.nio.ByteBuffer;

/**
 * Draws anti-aliased shapes into a pixmap from signed distances, so rounded panels and the client
 * figure look smooth without any image files. Coordinates are pixels with y down (pixmap order).
 *
 * <p>The panels are painted while the window opens, so this works on a copy of the pixmap's bytes
 * (a native call per pixel read and another per write made it the slowest part of preparing a
 * look) and measures distances with a square root rather than {@link Math#hypot}, whose care for
 * overflow these small sizes do not need.
 */
public final class Painter {
    /** RGBA8888, row by row from the top. */
    private final ByteBuffer pixels;
    private final int width;
    private final int height;

    public Painter(Pixmap pixmap) {
        if (pixmap.getFormat() != Pixmap.Format.RGBA8888) throw new IllegalArgumentException("the painter needs an RGBA8888 pixmap, not " + pixmap.getFormat());
        // Whatever is drawn into this pixmap later replaces pixels, as the painter's own writes do.
        pixmap.setBlending(Pixmap.Blending.None);
        this.pixels = pixmap.getPixels();
        this.width = pixmap.getWidth();
        this.height = pixmap.getHeight();
    }

    /** A shape as a signed distance: negative inside, positive outside, in pixels. */
    @FunctionalInterface
    public interface Shape {
        float distance(float x, float y);
    }

    public static Shape circle(float cx, float cy, float r) {
        return (x, y) -> length(x - cx, y - cy) - r;
    }

    public static Shape ellipse(float cx, float cy, float rx, float ry) {
        // An approximation that is exact on the axes; good enough for soft figure shapes.
        return (x, y) -> {
            float dx = (x - cx) / rx, dy = (y - cy) / ry;
            return (length(dx, dy) - 1) * Math.min(rx, ry);
        };
    }

    /** A capsule: the segment (ax,ay)-(bx,by) thickened to radius r. */
    public static Shape capsule(float ax, float ay, float bx, float by, float r) {
        return (x, y) -> {
            float px = x - ax, py = y - ay, vx = bx - ax, vy = by - ay;
            float len2 = vx * vx + vy * vy;
            float t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (px * vx + py * vy) / len2));
            return length(px - vx * t, py - vy * t) - r;
        };
    }

    public static Shape roundedRect(float x0, float y0, float w, float h, float r) {
        return (x, y) -> {
            float cx = x0 + w / 2, cy = y0 + h / 2;
            float qx = Math.abs(x - cx) - (w / 2 - r), qy = Math.abs(y - cy) - (h / 2 - r);
            float outside = length(Math.max(qx, 0), Math.max(qy, 0));
            return outside + Math.min(Math.max(qx, qy), 0) - r;
        };
    }

    private static float length(float dx, float dy) {
        return (float) Math.sqrt(dx * dx + dy * dy);
    }

    /** Blends the shape over what is there, with a one-pixel soft edge. */
    public void fill(Shape shape, Color color) {
        byte[] px = read();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float d = shape.distance(x + 0.5f, y + 0.5f);
                float coverage = Math.max(0, Math.min(1, 0.5f - d));
                if (coverage > 0) blend(px, (y * width + x) * 4, color, coverage * color.a);
            }
        }
        write(px);
    }

    /** A soft glow: full alpha at the centre, fading to nothing at radius r. */
    public void glow(float cx, float cy, float r, Color color) {
        byte[] px = read();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float t = length(x + 0.5f - cx, y + 0.5f - cy) / r;
                if (t < 1) blend(px, (y * width + x) * 4, color, color.a * (1 - t) * (1 - t));
            }
        }
        write(px);
    }

    // Each shape works on a copy of the pixels in a plain array, read and written back in one go:
    // per-pixel access to the pixmap's native buffer costs a chain of calls for every byte.
    private byte[] read() {
        byte[] px = new byte[width * height * 4];
        pixels.get(0, px);
        return px;
    }

    private void write(byte[] px) {
        pixels.put(0, px);
    }

    /** Colour c at opacity a over the pixel at byte i, "over" compositing with straight alpha. */
    private static void blend(byte[] px, int i, Color c, float a) {
        float ur = channel(px, i), ug = channel(px, i + 1), ub = channel(px, i + 2), ua = channel(px, i + 3);
        float outA = a + ua * (1 - a);
        if (outA <= 0) return;
        float keep = ua * (1 - a);
        // Truncating, the same rounding as Color.rgba8888.
        px[i] = (byte) (int) ((c.r * a + ur * keep) / outA * 255);
        px[i + 1] = (byte) (int) ((c.g * a + ug * keep) / outA * 255);
        px[i + 2] = (byte) (int) ((c.b * a + ub * keep) / outA * 255);
        px[i + 3] = (byte) (int) (outA * 255);
    }

    private static float channel(byte[] px, int i) {
        return (px[i] & 0xff) / 255f;
    }
}
