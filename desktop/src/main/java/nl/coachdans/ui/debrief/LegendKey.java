package nl.coachdans.ui.debrief;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import nl.coachdans.ui.look.Look;

/** A short sample of one chart line (colour, dash and mark) for the legend beside its name. */
final class LegendKey extends Widget {
    private final StateChart.Series series;
    private final ChartInk ink;
    private final float unit;
    private final boolean highContrast;

    LegendKey(StateChart.Series series, Look look) {
        this.series = series;
        this.ink = new ChartInk(look.white());
        this.unit = look.size().body();
        this.highContrast = look.palette().highContrast();
    }

    @Override
    public float getPrefWidth() {
        return unit * 2.4f;
    }

    @Override
    public float getPrefHeight() {
        return unit;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        Color c = series.color();
        batch.setColor(c.r, c.g, c.b, parentAlpha);
        float y = getY() + getHeight() / 2;
        ink.dashed(batch, getX(), y, getX() + getWidth(), y, highContrast ? 3.5f : 3f,
                unit * 0.6f * (series.gap() > 0 ? series.dash() : 1), unit * 0.6f * series.gap());
        ink.mark(batch, series.mark(), getX() + getWidth() / 2, y, unit * 0.5f);
        batch.setColor(Color.WHITE);
    }
}
