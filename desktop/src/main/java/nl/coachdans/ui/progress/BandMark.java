package nl.coachdans.ui.progress;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import nl.coachdans.scoring.Band;

/** One band's mark on its own, for the chart's legend. */
final class BandMark extends Widget {
    private final BandMarks marks;
    private final Band band;
    private final float size;

    BandMark(BandMarks marks, Band band, float size) {
        this.marks = marks;
        this.band = band;
        this.size = size;
    }

    @Override
    public float getPrefWidth() {
        return size;
    }

    @Override
    public float getPrefHeight() {
        return size;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        batch.setColor(1, 1, 1, parentAlpha);
        float s = Math.min(getWidth(), getHeight());
        batch.draw(marks.of(band), getX() + (getWidth() - s) / 2, getY() + (getHeight() - s) / 2, s, s);
        batch.setColor(Color.WHITE);
    }
}
