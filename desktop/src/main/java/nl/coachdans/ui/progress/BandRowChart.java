package nl.coachdans.ui.progress;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import nl.coachdans.scoring.Band;
import nl.coachdans.ui.debrief.ChartInk;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.look.Palette;

import java.util.List;

/**
 * One row of the progress chart: the sessions from left (oldest) to right (newest), the three
 * bands as faint lines from "nog niet" (bottom) to "bekwaam" (top), and the band each session got
 * as a mark joined by a line. Columns line up across rows, so one session reads top to bottom.
 * Drawn with the batch and the skin's white pixel, like the focus ring, so it scrolls and clips
 * with the page.
 */
final class BandRowChart extends Widget {
    private final List<Band> cells;
    private final BandMarks marks;
    private final ChartInk ink;
    private final Color grid;
    private final Color line;
    private final float body;

    BandRowChart(List<Band> cells, BandMarks marks, Look look) {
        this.cells = cells;
        this.marks = marks;
        this.ink = new ChartInk(look.white());
        Palette p = look.palette();
        this.grid = new Color(p.border()).mul(1, 1, 1, p.highContrast() ? 0.45f : 0.7f);
        this.line = new Color(p.highContrast() ? p.text() : p.muted());
        this.body = look.size().body();
    }

    @Override
    public float getPrefHeight() {
        return body * 2.3f;
    }

    @Override
    public float getPrefWidth() {
        return Math.max(1, cells.size()) * body * 2f;
    }

    @Override
    public float getMinWidth() {
        return Math.max(1, cells.size()) * body * 0.9f;
    }

    private float mark() {
        float col = getWidth() / Math.max(1, cells.size());
        return Math.min(body * 0.85f, Math.max(8, col * 0.7f));
    }

    private float levelY(Band b) {
        float m = mark();
        float bottom = getY() + m / 2 + 1, top = getY() + getHeight() - m / 2 - 1;
        return bottom + (top - bottom) * b.ordinal() / 2f;
    }

    private float columnX(int i) {
        return getX() + (i + 0.5f) * getWidth() / Math.max(1, cells.size());
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        float thin = Math.max(1, body / 19f);
        batch.setColor(grid.r, grid.g, grid.b, grid.a * parentAlpha);
        for (Band b : Band.values()) ink.rect(batch, getX(), levelY(b) - thin / 2, getWidth(), thin);

        batch.setColor(line.r, line.g, line.b, line.a * parentAlpha);
        float thick = Math.max(2, body / 8f);
        int prev = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) continue;
            if (prev >= 0) ink.line(batch, columnX(prev), levelY(cells.get(prev)), columnX(i), levelY(cells.get(i)), thick);
            prev = i;
        }

        batch.setColor(1, 1, 1, parentAlpha);
        float m = mark();
        for (int i = 0; i < cells.size(); i++) {
            Band b = cells.get(i);
            if (b != null) batch.draw(marks.of(b), columnX(i) - m / 2, levelY(b) - m / 2, m, m);
        }
        batch.setColor(Color.WHITE);
    }
}
