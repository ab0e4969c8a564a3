package nl.coachdans.ui.widget;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.scenes.scene2d.ui.Label;

/**
 * A wrapped label that reveals its text glyph by glyph, like someone typing. The whole text is laid
 * out from the start, so lines never jump while it types. Any key or click calls {@link #finish()};
 * nothing ever waits for the effect.
 */
public final class TypewriterLabel extends Label {
    private final float glyphsPerSecond;
    private float shown;
    private boolean done;
    private final Color tmp = new Color();

    public TypewriterLabel(CharSequence text, LabelStyle style, float glyphsPerSecond) {
        super(text, style);
        this.glyphsPerSecond = glyphsPerSecond;
        setWrap(true);
    }

    public void finish() {
        done = true;
    }

    public boolean finished() {
        return done || shown >= glyphCount();
    }

    @Override
    public void act(float delta) {
        super.act(delta);
        if (!done) {
            shown += delta * glyphsPerSecond;
            if (shown >= glyphCount()) done = true;
        }
    }

    private int glyphCount() {
        int n = 0;
        GlyphLayout layout = getGlyphLayout();
        for (GlyphLayout.GlyphRun run : layout.runs) n += run.glyphs.size;
        return n;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        if (done) {
            super.draw(batch, parentAlpha);
            return;
        }
        validate();
        Color c = tmp.set(getColor());
        c.a *= parentAlpha;
        if (getStyle().fontColor != null) c.mul(getStyle().fontColor);
        BitmapFontCache cache = getBitmapFontCache();
        cache.tint(c);
        cache.setPosition(getX(), getY());
        cache.draw(batch, 0, Math.min((int) shown, glyphCount()));
    }
}
