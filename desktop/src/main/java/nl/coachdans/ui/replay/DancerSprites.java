package nl.coachdans.ui.replay;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.utils.Disposable;
import nl.coachdans.ui.look.Painter;

/**
 * Everything the floor draws besides the rose, painted once (anti-aliased, no image files) into one
 * texture so a frame needs few texture switches: the two dancers and their ghost, a soft glow, a
 * cross for stumbles, dots and rings for the trail, a floor shadow and a white pixel for lines.
 * White parts are tinted when drawn; the dancers carry their own colours.
 */
final class DancerSprites implements Disposable {
    static final int DANCER_W = 64, DANCER_H = 96;

    private final Texture texture;
    final TextureRegion white;
    final TextureRegion dot;
    final TextureRegion ring;
    final TextureRegion cross;
    final TextureRegion shadow;
    final TextureRegion glow;
    final TextureRegion coach;
    final TextureRegion client;
    final TextureRegion ghost;

    DancerSprites(FloorColors colors) {
        Pixmap atlas = new Pixmap(512, 256, Pixmap.Format.RGBA8888);
        atlas.setBlending(Pixmap.Blending.None);
        atlas.setColor(0, 0, 0, 0);
        atlas.fill();
        atlas.setColor(Color.WHITE);
        atlas.fillRectangle(0, 0, 8, 8);
        put(atlas, disc(48, 22), 16, 0);
        put(atlas, ring(48, 20, 2.6f), 64, 0);
        put(atlas, cross(48), 112, 0);
        put(atlas, shadow(), 160, 0);
        put(atlas, dancer(colors.coach), 0, 64);
        put(atlas, dancer(colors.client), 64, 64);
        put(atlas, dancer(colors.ghost), 128, 64);
        put(atlas, glow(128), 192, 64);
        texture = new Texture(atlas);
        texture.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        atlas.dispose();
        white = new TextureRegion(texture, 2, 2, 4, 4);
        dot = new TextureRegion(texture, 16, 0, 48, 48);
        ring = new TextureRegion(texture, 64, 0, 48, 48);
        cross = new TextureRegion(texture, 112, 0, 48, 48);
        shadow = new TextureRegion(texture, 160, 0, 64, 24);
        coach = new TextureRegion(texture, 0, 64, DANCER_W, DANCER_H);
        client = new TextureRegion(texture, 64, 64, DANCER_W, DANCER_H);
        ghost = new TextureRegion(texture, 128, 64, DANCER_W, DANCER_H);
        glow = new TextureRegion(texture, 192, 64, 128, 128);
    }

    private static void put(Pixmap atlas, Pixmap part, int x, int y) {
        atlas.drawPixmap(part, x, y);
        part.dispose();
    }

    private static Pixmap blank(int w, int h) {
        Pixmap pm = new Pixmap(w, h, Pixmap.Format.RGBA8888);
        pm.setColor(0, 0, 0, 0);
        pm.fill();
        return pm;
    }

    private static Pixmap disc(int size, float r) {
        Pixmap pm = blank(size, size);
        new Painter(pm).fill(Painter.circle(size / 2f, size / 2f, r), Color.WHITE);
        return pm;
    }

    private static Pixmap ring(int size, float r, float half) {
        Pixmap pm = blank(size, size);
        Painter.Shape c = Painter.circle(size / 2f, size / 2f, r);
        new Painter(pm).fill((x, y) -> Math.abs(c.distance(x, y)) - half, Color.WHITE);
        return pm;
    }

    private static Pixmap cross(int size) {
        Pixmap pm = blank(size, size);
        Painter p = new Painter(pm);
        float a = size * 0.2f, b = size * 0.8f, w = size * 0.1f;
        p.fill(Painter.capsule(a, a, b, b, w), Color.WHITE);
        p.fill(Painter.capsule(b, a, a, b, w), Color.WHITE);
        return pm;
    }

    private static Pixmap shadow() {
        Pixmap pm = blank(64, 24);
        new Painter(pm).fill(Painter.ellipse(32, 12, 28, 9), new Color(0, 0, 0, 0.28f));
        return pm;
    }

    private static Pixmap glow(int size) {
        Pixmap pm = blank(size, size);
        new Painter(pm).glow(size / 2f, size / 2f, size / 2f - 1, Color.WHITE);
        return pm;
    }

    /**
     * A friendly dancer seen from the front: round head, arms a little out, a bell-shaped body.
     * A darker edge keeps it visible on a light floor and on black.
     */
    private static Pixmap dancer(Color fill) {
        Pixmap pm = blank(DANCER_W, DANCER_H);
        Painter p = new Painter(pm);
        Color edge = new Color(fill).lerp(Color.BLACK, 0.45f);
        Color head = new Color(fill).lerp(Color.WHITE, 0.22f);
        Painter.Shape body = Painter.ellipse(32, 68, 19, 25);
        Painter.Shape armL = Painter.capsule(20, 50, 9, 70, 4.5f);
        Painter.Shape armR = Painter.capsule(44, 50, 55, 70, 4.5f);
        Painter.Shape headShape = Painter.circle(32, 23, 13);
        for (Painter.Shape s : new Painter.Shape[] {body, armL, armR, headShape}) p.fill(grow(s, 2.2f), edge);
        p.fill(armL, fill);
        p.fill(armR, fill);
        p.fill(body, fill);
        p.fill(headShape, head);
        // A soft highlight on the head gives the figure some volume.
        p.fill(Painter.circle(27, 18, 4.5f), new Color(1, 1, 1, 0.35f));
        return pm;
    }

    private static Painter.Shape grow(Painter.Shape s, float by) {
        return (x, y) -> s.distance(x, y) - by;
    }

    @Override
    public void dispose() {
        texture.dispose();
    }
}
