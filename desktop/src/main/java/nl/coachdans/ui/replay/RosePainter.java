package nl.coachdans.ui.replay;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;

/**
 * Paints Leary's Rose into a pixmap in one pass over the pixels, anti-aliased: the disc with its
 * eight octants lightly alternating, two faint intensity rings (the rose's distance from the centre
 * is the intensity of a position), the diagonals, the two axes and the rim.
 */
final class RosePainter {
    private RosePainter() {
    }

    /**
     * A square, opaque pixmap of {@code size} pixels with the rose of radius {@code r} in its
     * centre on the floor's background colour (so it can be drawn without blending).
     */
    static Pixmap paint(int size, float r, FloorColors c) {
        Pixmap pm = new Pixmap(size, size, Pixmap.Format.RGBA8888);
        pm.setBlending(Pixmap.Blending.None);
        float centre = size / 2f;
        double eighth = Math.PI / 4;
        float s45 = (float) Math.sin(Math.PI / 4);
        float[] px = new float[4];
        // The pixels go into a plain array and into the pixmap in one copy: a native call per
        // pixel made painting the rose take much longer than the arithmetic.
        byte[] out = new byte[size * size * 4];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float dx = x + 0.5f - centre, dy = centre - (y + 0.5f);
                float dist = (float) Math.sqrt(dx * dx + dy * dy);
                float rimCover = clamp(1.6f - Math.abs(dist - r));
                float discCover = clamp(r - dist + 0.5f);
                set(px, c.background);
                if (discCover > 0) {
                    double angle = Math.atan2(dy, dx);
                    if (angle < 0) angle += 2 * Math.PI;
                    int octant = (int) (angle / eighth);
                    over(px, (octant & 1) == 0 ? c.disc : c.shade, discCover);
                    // Intensity rings at a third and two thirds of the radius.
                    over(px, c.line, discCover * 0.7f * clamp(0.9f - Math.abs(dist - r / 3f)));
                    over(px, c.line, discCover * 0.7f * clamp(0.9f - Math.abs(dist - 2 * r / 3f)));
                    // Diagonals (both at once: a line through the centre is two rays).
                    float d1 = Math.abs((dx - dy) * s45), d2 = Math.abs((dx + dy) * s45);
                    over(px, c.line, discCover * clamp(1.1f - Math.min(d1, d2)));
                    // The axes: boven-onder and samen-tegen.
                    over(px, c.axis, discCover * clamp(1.6f - Math.min(Math.abs(dx), Math.abs(dy))));
                }
                over(px, c.rim, rimCover);
                int i = (y * size + x) * 4;
                // Truncating, the same rounding as Color.rgba8888.
                out[i] = (byte) (int) (px[0] * 255);
                out[i + 1] = (byte) (int) (px[1] * 255);
                out[i + 2] = (byte) (int) (px[2] * 255);
                out[i + 3] = (byte) 255;
            }
        }
        pm.getPixels().put(0, out);
        return pm;
    }

    private static void set(float[] px, Color c) {
        px[0] = c.r;
        px[1] = c.g;
        px[2] = c.b;
        px[3] = 1;
    }

    /** Blends colour {@code c} with coverage {@code a} over the pixel (straight alpha). */
    private static void over(float[] px, Color c, float a) {
        if (a <= 0) return;
        float outA = a + px[3] * (1 - a);
        if (outA <= 0) return;
        for (int i = 0; i < 3; i++) {
            float ci = i == 0 ? c.r : i == 1 ? c.g : c.b;
            px[i] = (ci * a + px[i] * px[3] * (1 - a)) / outA;
        }
        px[3] = outA;
    }

    private static float clamp(float v) {
        return Math.max(0, Math.min(1, v));
    }
}
