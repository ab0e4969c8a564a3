package nl.coachdans.ui.replay;

import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.utils.Disposable;

/**
 * The static part of the dance floor, made once per size and look: the rose painted into one
 * opaque texture (only the disc's square, its corners in the background colour) and its words
 * (boven, onder, samen, tegen and the eight octant names) laid out once into font caches. A frame
 * then costs one unblended quad at its exact pixel size plus a dozen short texts. Measured on
 * Mesa's software renderer, drawing the whole floor from a frame-buffer texture cost about three
 * times as much: every pixel drawn is sampled, so the cached area is kept to the disc itself.
 */
final class RoseLayer implements Disposable {
    /** The words on the floor, in the current language. */
    record Words(String above, String below, String together, String against, String[] octants) { }

    private final FloorColors colors;
    private final BitmapFont bold;
    private final BitmapFont small;
    private final Words words;
    private final GlyphLayout layout = new GlyphLayout();
    private final BitmapFontCache[] labels = new BitmapFontCache[12];
    private Texture disc;
    private int discSize;
    private int builtW;
    private int builtH;
    /** The rose's centre and radius in the layer's own pixels. */
    float cx;
    float cy;
    float r;

    RoseLayer(FloorColors colors, BitmapFont bold, BitmapFont small, Words words) {
        this.colors = colors;
        this.bold = bold;
        this.small = small;
        this.words = words;
    }

    /** Makes the texture and the words for this size when it changed; no drawing happens here. */
    void ensure(float width, float height) {
        int w = Math.max(1, Math.round(width)), h = Math.max(1, Math.round(height));
        if (disc != null && w == builtW && h == builtH) return;
        builtW = w;
        builtH = h;
        BitmapFont axisFont = layout(w, h);
        if (disc != null) disc.dispose();
        discSize = (int) Math.ceil(2 * r + 6);
        Pixmap pm = RosePainter.paint(discSize, r, colors);
        disc = new Texture(pm);
        // Drawn at exactly its own size, so nearest sampling is exact and the cheapest there is.
        disc.setFilter(Texture.TextureFilter.Nearest, Texture.TextureFilter.Nearest);
        pm.dispose();
        layWords(axisFont);
    }

    /**
     * The rose fills the layer, leaving room for the axis words on every side; when bold words
     * would leave only a small rose (large text in a small window), the axis words get the small
     * font. The centre is on whole pixels so the texture lands exactly on the screen's pixels.
     */
    private BitmapFont layout(int w, int h) {
        BitmapFont axisFont = bold;
        r = radiusFor(axisFont, w, h);
        if (r < 110) {
            axisFont = small;
            r = radiusFor(axisFont, w, h);
        }
        r = (float) Math.floor(r);
        cx = Math.round(w / 2f);
        cy = Math.round(h / 2f);
        return axisFont;
    }

    private float radiusFor(BitmapFont font, int w, int h) {
        layout.setText(font, words.together());
        float side = layout.width;
        layout.setText(font, words.against());
        side = Math.max(side, layout.width) + font.getLineHeight() * 0.5f;
        float top = font.getLineHeight() * 1.3f;
        return Math.max(40, Math.min((w - 2 * side) / 2f, (h - 2 * top) / 2f) - 2);
    }

    /** Lays every word out once, relative to the layer's corner; drawing only moves the caches. */
    private void layWords(BitmapFont axisFont) {
        // Octant names must fit their slice: with large text on a small rose they are set smaller.
        float widest = 0;
        for (String o : words.octants()) {
            layout.setText(small, o);
            widest = Math.max(widest, layout.width);
        }
        float room = 2 * 0.8f * r * (float) Math.sin(Math.toRadians(22.5)) * 0.92f;
        float scale = widest > room ? room / widest : 1f;
        float oldX = small.getData().scaleX, oldY = small.getData().scaleY;
        small.getData().setScale(oldX * scale, oldY * scale);
        try {
            for (int i = 0; i < 8; i++) {
                double a = Math.toRadians(22.5 + 45 * i);
                labels[i] = centred(small, words.octants()[i], cx + (float) Math.cos(a) * r * 0.8f, cy + (float) Math.sin(a) * r * 0.8f);
                labels[i].setColors(colors.octantText);
            }
        } finally {
            small.getData().setScale(oldX, oldY);
        }
        float lh = axisFont.getLineHeight();
        labels[8] = centred(axisFont, words.above(), cx, cy + r + lh * 0.7f);
        labels[9] = centred(axisFont, words.below(), cx, cy - r - lh * 0.7f);
        labels[10] = axisFont.newFontCache();
        labels[10].setText(words.together(), cx + r + lh * 0.3f, cy + axisFont.getCapHeight() / 2);
        layout.setText(axisFont, words.against());
        labels[11] = axisFont.newFontCache();
        labels[11].setText(words.against(), cx - r - lh * 0.3f - layout.width, cy + axisFont.getCapHeight() / 2);
        for (int i = 8; i < 12; i++) labels[i].setColors(colors.axisText);
    }

    private BitmapFontCache centred(BitmapFont font, String text, float x, float y) {
        layout.setText(font, text);
        BitmapFontCache cache = font.newFontCache();
        cache.setText(text, x - layout.width / 2, y + font.getCapHeight() / 2);
        return cache;
    }

    /** Draws the rose and its words with the layer's corner at (x, y); allocates nothing. */
    void draw(Batch batch, float x, float y) {
        float ox = Math.round(x), oy = Math.round(y);
        // The disc texture is opaque: without blending it is exact, and cheaper for a software renderer.
        batch.disableBlending();
        batch.setColor(1, 1, 1, 1);
        batch.draw(disc, ox + cx - discSize / 2, oy + cy - discSize / 2);
        batch.enableBlending();
        for (BitmapFontCache label : labels) {
            label.setPosition(ox, oy);
            label.draw(batch);
        }
    }

    @Override
    public void dispose() {
        if (disc != null) disc.dispose();
        disc = null;
    }
}
