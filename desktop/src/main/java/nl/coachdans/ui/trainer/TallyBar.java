package nl.coachdans.ui.trainer;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;

/**
 * A horizontal bar split into coloured parts by count (bands per scenario, calibration per axis),
 * with a gap between parts so neighbouring colours stay apart in any palette. The counts are
 * always written beside it too: the bar is a picture of the numbers, never the only place.
 */
public final class TallyBar extends Widget {
    private final int[] counts;
    private final Color[] colours;
    private final TextureRegion white;
    private final Color track;
    private final float height;

    public TallyBar(int[] counts, Color[] colours, TextureRegion white, Color track, float height) {
        this.counts = counts.clone();
        this.colours = colours.clone();
        this.white = white;
        this.track = new Color(track);
        this.height = height;
    }

    @Override
    public float getPrefHeight() {
        return height;
    }

    @Override
    public float getPrefWidth() {
        return height * 12;
    }

    @Override
    public float getMinWidth() {
        return height * 3;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        int total = 0;
        for (int c : counts) total += c;
        batch.setColor(track.r, track.g, track.b, track.a * parentAlpha);
        batch.draw(white, getX(), getY(), getWidth(), getHeight());
        if (total > 0) {
            float gap = Math.max(1, getHeight() / 8);
            float x = getX();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) continue;
                float w = getWidth() * counts[i] / total;
                Color c = colours[i];
                batch.setColor(c.r, c.g, c.b, c.a * parentAlpha);
                batch.draw(white, x, getY(), Math.max(1, w - gap), getHeight());
                x += w;
            }
        }
        batch.setColor(Color.WHITE);
    }
}
