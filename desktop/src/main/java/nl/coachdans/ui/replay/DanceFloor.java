package nl.coachdans.ui.replay;

import nl.coachdans.replay.DancePath;
import nl.coachdans.replay.Easing;
import nl.coachdans.replay.Playhead;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.MathUtils;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import com.badlogic.gdx.utils.Disposable;
import nl.coachdans.scenario.Stance;
import nl.coachdans.ui.debrief.ChartInk;

/**
 * The dance floor: Leary's Rose (cached, see {@link RoseLayer}) with the two dancers moving from
 * figure to figure as the {@link Playhead} says, the trail of the figures so far (numbered, as on
 * the choreography sheet), the expert path as a translucent ghost pair, a link between the dancers
 * whose weight shows their closeness and whose shape shows going along (smooth) or counterplay
 * (zigzag), a stumble (shake and red cross) where a risk was committed and a green glow where the
 * move fitted what the client needed.
 *
 * <p>Drawing a frame creates no objects: positions are computed into fields, number labels are
 * laid out once into font caches, and all sprites share one texture.
 */
final class DanceFloor extends Widget implements Disposable {
    private static final float PLACE = 0.88f;
    private static final float STUMBLE_SECONDS = 0.9f;

    private final DancePath path;
    private final DancePath ghost;
    private final Playhead head;
    private final FloorColors colors;
    private final DancerSprites sprites;
    private final RoseLayer rose;
    private final ChartInk ink;
    private final BitmapFontCache[] numbers;
    private final float[] numberWidths;
    private final float numberHeight;
    private boolean showGhost;
    /** Seconds since the dancers arrived at the current figure (drives stumble and glow). */
    private float sinceArrival = 10;
    private float clock;

    // Per-frame positions in stage pixels, kept in fields so drawing allocates nothing.
    private float ox;
    private float oy;
    private float scale;
    private float coachPx;
    private float coachPy;
    private float clientPx;
    private float clientPy;

    DanceFloor(DancePath path, DancePath ghost, Playhead head, FloorColors colors, DancerSprites sprites, BitmapFont bold,
               BitmapFont small, RoseLayer.Words words) {
        this.path = path;
        this.ghost = ghost;
        this.head = head;
        this.colors = colors;
        this.sprites = sprites;
        this.rose = new RoseLayer(colors, bold, small, words);
        this.ink = new ChartInk(sprites.white);
        this.numbers = new BitmapFontCache[path.n + 1];
        this.numberWidths = new float[path.n + 1];
        GlyphLayout layout = new GlyphLayout();
        for (int i = 1; i <= path.n; i++) {
            numbers[i] = small.newFontCache();
            layout.setText(small, String.valueOf(i));
            numberWidths[i] = layout.width;
            numbers[i].setText(String.valueOf(i), 0, 0);
            numbers[i].setColors(colors.onDot);
        }
        this.numberHeight = small.getCapHeight();
    }

    void showGhost(boolean on) {
        this.showGhost = on && ghost != null;
    }

    /** Called when the dancers arrive at a figure: restarts the stumble and glow effects. */
    void arrived() {
        sinceArrival = 0;
    }

    @Override
    public void act(float delta) {
        super.act(delta);
        clock += delta;
        sinceArrival += delta;
    }

    /** The floor takes whatever room is left; it may become small, but it never pushes the rest off screen. */
    @Override
    public float getMinWidth() {
        return 120;
    }

    @Override
    public float getMinHeight() {
        return 120;
    }

    @Override
    public float getPrefWidth() {
        return 480;
    }

    @Override
    public float getPrefHeight() {
        return 420;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        validate();
        rose.ensure(getWidth(), getHeight());
        rose.draw(batch, getX(), getY());

        ox = Math.round(getX()) + rose.cx;
        oy = Math.round(getY()) + rose.cy;
        scale = rose.r * PLACE;
        int a = head.from(), b = head.to();
        float t = eased(a, b);
        // The dancers stay clearly larger than the numbered dots, whose size follows the text size.
        float h = Math.min(rose.r * 0.45f, Math.max(rose.r * 0.26f, dotRadius() * 3.4f));

        if (showGhost) drawGhost(batch, a, b, t, h);
        // Grouped by texture (sprites, then the font, then sprites): a software renderer pays per switch.
        trailLine(batch, path, a, b, t, colors.client, 2.5f, false);
        trailLine(batch, path, a, b, t, colors.coach, 3.5f, true);
        int dots = dotsUpTo(path, a, b);
        trailDots(batch, path, dots, colors.client, false);
        trailDots(batch, path, dots, colors.coach, true);
        trailNumbers(batch, path, dots, false);
        trailNumbers(batch, path, dots, true);
        trailStumbles(batch, path, dots);

        coachPx = px(lerp(path.coachX[a], path.coachX[b], t));
        coachPy = py(lerp(path.coachY[a], path.coachY[b], t));
        clientPx = px(lerp(path.clientX[a], path.clientX[b], t));
        clientPy = py(lerp(path.clientY[a], path.clientY[b], t));
        float distance = lerp(path.distance[a], path.distance[b], clamp01(t));
        Stance stance = t < 0.5f ? path.stance[a] : path.stance[b];
        drawLink(batch, coachPx, coachPy + h * 0.42f, clientPx, clientPy + h * 0.42f, distance, stance, h, colors.link, 1f);

        boolean arrived = !head.moving();
        if (arrived && path.tune(b) == 1) drawGlow(batch, coachPx, coachPy + h * 0.45f, h);
        float lean = (1 - distance) * 9f;
        float bob = head.moving() ? 1f : 0.35f;
        drawDancer(batch, sprites.client, clientPx, clientPy, h, clientPx < coachPx ? -lean : lean, 1f, bob, 1.3f);
        float shake = 0, drop = 0;
        boolean stumbled = arrived && path.stumble(b);
        if (stumbled) {
            float e = Math.min(1, sinceArrival / STUMBLE_SECONDS);
            // A stumble: a sharp wobble that dies out, a small dip, and a slight tilt that stays.
            shake = 26f * MathUtils.sin(sinceArrival * 30f) * (1 - e) + 7f;
            drop = -h * 0.14f * MathUtils.sin(MathUtils.PI * Math.min(1, sinceArrival / 0.45f));
        }
        float coachLean = coachPx < clientPx ? -lean : lean;
        drawDancer(batch, sprites.coach, coachPx, coachPy + drop, h, coachLean + shake, 1f, bob, 0f);
        if (stumbled) {
            float pop = Math.min(1, sinceArrival / 0.2f);
            batch.setColor(colors.stumble.r, colors.stumble.g, colors.stumble.b, 1);
            float size = h * 0.5f * pop;
            batch.draw(sprites.cross, coachPx + h * 0.3f - size / 2, coachPy + h * 1.05f - size / 2, size, size);
        }
        batch.setColor(1, 1, 1, 1);
    }

    private float dotRadius() {
        return Math.max(numberHeight * 1.25f, rose.r * 0.045f);
    }

    private float eased(int a, int b) {
        if (!head.moving()) return 1;
        float p = head.progress();
        return head.jumping() || b < a ? Easing.cubicInOut(p) : Easing.of(path.tempo[b], p);
    }

    /** The last figure whose dot shows: the dancers stand on the figure they have reached. */
    private int dotsUpTo(DancePath p, int a, int b) {
        int settled = Math.min(head.moving() ? Math.min(a, b) : b, p.n);
        return head.moving() ? settled : settled - 1;
    }

    /** The figures danced so far as a line; during a move the line follows the dancer. */
    private void trailLine(Batch batch, DancePath p, int a, int b, float t, Color color, float width, boolean coach) {
        int settled = Math.min(head.moving() ? Math.min(a, b) : b, p.n);
        float[] xs = coach ? p.coachX : p.clientX, ys = coach ? p.coachY : p.clientY;
        batch.setColor(color.r, color.g, color.b, 0.85f);
        for (int i = 1; i <= settled; i++) ink.line(batch, px(xs[i - 1]), py(ys[i - 1]), px(xs[i]), py(ys[i]), width);
        if (head.moving()) {
            float cx = px(lerp(xs[a], xs[b], t)), cy = py(lerp(ys[a], ys[b], t));
            ink.line(batch, px(xs[settled]), py(ys[settled]), cx, cy, width);
        }
    }

    /** A dot per figure danced so far, with a green ring where the coach's move fitted, as on the sheet. */
    private void trailDots(Batch batch, DancePath p, int last, Color color, boolean coach) {
        float[] xs = coach ? p.coachX : p.clientX, ys = coach ? p.coachY : p.clientY;
        float r = dotRadius();
        for (int i = 1; i <= last; i++) {
            float x = px(xs[i]), y = py(ys[i]);
            if (coach && p.tune[i] == 1) {
                batch.setColor(colors.tune.r, colors.tune.g, colors.tune.b, 0.55f);
                batch.draw(sprites.ring, x - r * 1.35f, y - r * 1.35f, r * 2.7f, r * 2.7f);
            }
            batch.setColor(colors.background.r, colors.background.g, colors.background.b, 0.9f);
            batch.draw(sprites.dot, x - r * 1.12f, y - r * 1.12f, r * 2.24f, r * 2.24f);
            batch.setColor(color.r, color.g, color.b, 1);
            batch.draw(sprites.dot, x - r, y - r, r * 2, r * 2);
        }
    }

    /** The turn numbers on the dots; drawn after all dots, so the batch switches texture only once. */
    private void trailNumbers(Batch batch, DancePath p, int last, boolean coach) {
        float[] xs = coach ? p.coachX : p.clientX, ys = coach ? p.coachY : p.clientY;
        for (int i = 1; i <= last; i++) {
            BitmapFontCache n = numbers[i];
            n.setPosition(px(xs[i]) - numberWidths[i] / 2, py(ys[i]) + numberHeight / 2);
            n.draw(batch);
        }
    }

    /** A small red cross on every figure where the coach stumbled. */
    private void trailStumbles(Batch batch, DancePath p, int last) {
        float r = dotRadius();
        batch.setColor(colors.stumble.r, colors.stumble.g, colors.stumble.b, 1);
        for (int i = 1; i <= last; i++) {
            if (p.stumble[i]) batch.draw(sprites.cross, px(p.coachX[i]) + r * 0.4f, py(p.coachY[i]) + r * 0.4f, r * 1.5f, r * 1.5f);
        }
    }

    /** The expert's dance at the same turn: a dashed grey path and a translucent pair. */
    private void drawGhost(Batch batch, int a, int b, float t, float h) {
        int ga = Math.min(a, ghost.n), gb = Math.min(b, ghost.n);
        int settled = head.moving() ? Math.min(ga, gb) : gb;
        Color g = colors.ghost;
        batch.setColor(g.r, g.g, g.b, 0.75f);
        for (int i = 1; i <= settled; i++) {
            ink.dashed(batch, px(ghost.coachX[i - 1]), py(ghost.coachY[i - 1]), px(ghost.coachX[i]), py(ghost.coachY[i]), 2f, 7f, 6f);
        }
        float cx = px(lerp(ghost.coachX[ga], ghost.coachX[gb], t)), cy = py(lerp(ghost.coachY[ga], ghost.coachY[gb], t));
        float kx = px(lerp(ghost.clientX[ga], ghost.clientX[gb], t)), ky = py(lerp(ghost.clientY[ga], ghost.clientY[gb], t));
        float distance = lerp(ghost.distance[ga], ghost.distance[gb], clamp01(t));
        drawLink(batch, cx, cy + h * 0.42f, kx, ky + h * 0.42f, distance, t < 0.5f ? ghost.stance[ga] : ghost.stance[gb], h, g, 0.5f);
        drawDancer(batch, sprites.ghost, kx, ky, h, 0, 0.45f, 0.3f, 0.7f);
        drawDancer(batch, sprites.ghost, cx, cy, h, 0, 0.45f, 0.3f, 0.2f);
    }

    /**
     * The bond between the dancers: heavier and more opaque the closer they are; smooth when the
     * coach goes along, a zigzag when the coach offers counterplay, dotted at the start.
     */
    private void drawLink(Batch batch, float x1, float y1, float x2, float y2, float distance, Stance stance, float h,
                          Color color, float alpha) {
        float dx = x2 - x1, dy = y2 - y1;
        float len = (float) Math.sqrt(dx * dx + dy * dy);
        float gap = h * 0.32f;
        if (len <= 2 * gap) return;
        float ux = dx / len, uy = dy / len;
        float sx = x1 + ux * gap, sy = y1 + uy * gap, ex = x2 - ux * gap, ey = y2 - uy * gap;
        float close = 1 - clamp01(distance);
        float width = 1.5f + 5f * close;
        batch.setColor(color.r, color.g, color.b, alpha * (0.35f + 0.55f * close));
        if (stance == null) {
            ink.dashed(batch, sx, sy, ex, ey, 2f, 4f, 5f);
        } else if (stance == Stance.ALONG) {
            ink.line(batch, sx, sy, ex, ey, width);
        } else {
            float segLen = Math.max(6f, h * 0.16f), amp = Math.max(3f, h * 0.08f);
            int segments = Math.max(3, (int) ((len - 2 * gap) / segLen));
            float span = (len - 2 * gap) / segments;
            float prevX = sx, prevY = sy;
            for (int i = 1; i <= segments; i++) {
                float along = span * i, side = i == segments ? 0 : (i % 2 == 0 ? -amp : amp);
                float x = sx + ux * along - uy * side, y = sy + uy * along + ux * side;
                ink.line(batch, prevX, prevY, x, y, Math.max(2f, width * 0.7f));
                prevX = x;
                prevY = y;
            }
        }
    }

    private void drawGlow(Batch batch, float x, float y, float h) {
        float fade = Math.min(1, sinceArrival / 0.25f);
        float pulse = 0.8f + 0.2f * MathUtils.sin(clock * 3f);
        float size = h * 2.6f * (0.92f + 0.08f * pulse);
        batch.setColor(colors.tune.r, colors.tune.g, colors.tune.b, fade * pulse);
        batch.draw(sprites.glow, x - size / 2, y - size / 2, size, size);
        // A second, tighter pass makes the glow read clearly on the light floor.
        batch.draw(sprites.glow, x - size / 3, y - size / 3, size / 1.5f, size / 1.5f);
    }

    /** A dancer standing at (x, y) with its feet there, rotated around the feet (lean, stumble). */
    private void drawDancer(Batch batch, TextureRegion sprite, float x, float y, float h, float rotation, float alpha,
                            float bob, float phase) {
        float w = h * DancerSprites.DANCER_W / DancerSprites.DANCER_H;
        float lift = bob * h * 0.035f * (0.5f + 0.5f * MathUtils.sin(clock * 6f + phase * MathUtils.PI2));
        batch.setColor(1, 1, 1, alpha * 0.9f);
        batch.draw(sprites.shadow, x - w * 0.55f, y - h * 0.07f, w * 1.1f, h * 0.16f);
        batch.setColor(1, 1, 1, alpha);
        batch.draw(sprite, x - w / 2, y + lift, w / 2, 0, w, h, 1, 1, rotation);
    }

    private float px(float roseX) {
        return ox + roseX * scale;
    }

    private float py(float roseY) {
        return oy + roseY * scale;
    }

    private static float lerp(float from, float to, float t) {
        return from + (to - from) * t;
    }

    private static float clamp01(float v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Frees the cached rose; the sprites belong to the screen. */
    @Override
    public void dispose() {
        rose.dispose();
    }
}
