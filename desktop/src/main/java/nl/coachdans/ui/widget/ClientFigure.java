package nl.coachdans.ui.widget;

import nl.coachdans.play.Mood;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import com.badlogic.gdx.utils.Disposable;
import nl.coachdans.scenario.Appearance;
import nl.coachdans.ui.look.Palette;

import java.util.HashMap;
import java.util.Map;

/**
 * The client's figure. A change of mood cross-fades in about half a second; that is decoration
 * only, nothing waits for it. Textures are painted once per mood and kept until disposed.
 */
public final class ClientFigure extends Widget implements Disposable {
    private static final float FADE_SECONDS = 0.5f;

    private final FigurePainter painter;
    private final Map<Integer, Texture> cache = new HashMap<>();
    private Texture current;
    private Texture previous;
    private float fade = 1;

    public ClientFigure(Palette palette, Appearance look, Mood mood) {
        this.painter = new FigurePainter(palette, look);
        this.current = textureFor(mood);
    }

    public void show(Mood mood) {
        Texture next = textureFor(mood);
        if (next == current) return;
        previous = current;
        current = next;
        fade = 0;
    }

    private Texture textureFor(Mood mood) {
        return cache.computeIfAbsent(mood.key(), k -> {
            Pixmap pm = painter.paint(mood);
            Texture t = new Texture(pm);
            t.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
            pm.dispose();
            return t;
        });
    }

    @Override
    public void act(float delta) {
        super.act(delta);
        if (fade < 1) fade = Math.min(1, fade + delta / FADE_SECONDS);
    }

    @Override
    public float getPrefWidth() {
        return FigurePainter.WIDTH;
    }

    @Override
    public float getPrefHeight() {
        return FigurePainter.HEIGHT;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        float scale = Math.min(getWidth() / FigurePainter.WIDTH, getHeight() / FigurePainter.HEIGHT);
        float w = FigurePainter.WIDTH * scale, h = FigurePainter.HEIGHT * scale;
        float x = getX() + (getWidth() - w) / 2, y = getY() + (getHeight() - h) / 2;
        if (previous != null && fade < 1) {
            batch.setColor(1, 1, 1, parentAlpha * (1 - fade));
            batch.draw(previous, x, y, w, h, 0, 0, FigurePainter.WIDTH, FigurePainter.HEIGHT, false, false);
        }
        batch.setColor(1, 1, 1, parentAlpha * fade);
        batch.draw(current, x, y, w, h, 0, 0, FigurePainter.WIDTH, FigurePainter.HEIGHT, false, false);
        batch.setColor(1, 1, 1, 1);
    }

    @Override
    public void dispose() {
        cache.values().forEach(Texture::dispose);
        cache.clear();
    }
}
