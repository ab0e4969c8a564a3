package nl.coachdans.ui.progress;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.utils.Disposable;
import nl.coachdans.scoring.Band;
import nl.coachdans.ui.look.Painter;
import nl.coachdans.ui.look.Palette;

import java.util.EnumMap;
import java.util.Map;

/**
 * The chart's marks, one shape and colour per band, painted once into small textures: a triangle
 * pointing down for "nog niet", a diamond for "in ontwikkeling", a disc for "bekwaam". The shape
 * alone tells the bands apart, so the chart also reads without colour and in high contrast.
 */
public final class BandMarks implements Disposable {
    private static final int SIZE = 48;

    private final Map<Band, Texture> textures = new EnumMap<>(Band.class);

    public BandMarks(Palette palette) {
        for (Band b : Band.values()) textures.put(b, paint(b, colour(palette, b), palette.background()));
    }

    public static Color colour(Palette p, Band b) {
        return switch (b) {
            case NOG_NIET -> p.danger();
            case IN_ONTWIKKELING -> p.warning();
            case BEKWAAM -> p.success();
        };
    }

    public Texture of(Band b) {
        return textures.get(b);
    }

    private static Texture paint(Band b, Color fill, Color ring) {
        Pixmap pm = new Pixmap(SIZE, SIZE, Pixmap.Format.RGBA8888);
        pm.setColor(0, 0, 0, 0);
        pm.fill();
        Painter painter = new Painter(pm);
        float c = SIZE / 2f, r = SIZE / 2f - 3;
        // A thin ring in the background colour keeps a mark readable where it sits on the line.
        painter.fill(shape(b, c, r + 2.5f), ring);
        painter.fill(shape(b, c, r), fill);
        Texture t = new Texture(pm);
        t.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        pm.dispose();
        return t;
    }

    /** Signed distances (negative inside) in pixmap coordinates, y down. */
    static Painter.Shape shape(Band b, float c, float r) {
        return switch (b) {
            case BEKWAAM -> Painter.circle(c, c, r * 0.82f);
            case IN_ONTWIKKELING -> (x, y) -> (float) ((Math.abs(x - c) + Math.abs(y - c) - r) / Math.sqrt(2));
            case NOG_NIET -> (x, y) -> {
                // A triangle pointing down: the top edge and two slanted sides as half-planes.
                float top = c - r * 0.7f - y;
                float h = r * 1.7f, half = r * 0.98f;
                float nx = h, ny = half, len = (float) Math.hypot(nx, ny);
                float right = ((x - c) * nx + (y - (c + r)) * ny) / len;
                float left = ((c - x) * nx + (y - (c + r)) * ny) / len;
                return Math.max(top, Math.max(right, left));
            };
        };
    }

    @Override
    public void dispose() {
        textures.values().forEach(Texture::dispose);
        textures.clear();
    }
}
