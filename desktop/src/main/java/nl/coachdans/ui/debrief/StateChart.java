package nl.coachdans.ui.debrief;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import nl.coachdans.engine.ClientState;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.look.Palette;

import java.util.List;

/**
 * The client's state per turn as a line chart: one line per state variable (emotion, rapport,
 * openness ...), each scaled to its own range, with the turns along the bottom. Lines differ in
 * colour, dash and point mark, so the chart also reads in high contrast and without colour vision.
 * Static content: the labels and their widths are worked out once, nothing animates.
 */
final class StateChart extends Widget {
    /** One line: a variable with its range and how it is drawn. */
    record Series(String id, String name, int min, int max, Color color, ChartInk.Mark mark, float dash, float gap) { }

    private final List<ClientState> trajectory;
    private final List<Series> series;
    private final ChartInk ink;
    private final BitmapFont font;
    private final Palette palette;
    private final float unit;
    private final String axisTitle;
    private final float axisTitleWidth;
    /** The value axis: the common range's ends, or low/high when the series' ranges differ. */
    private final String top;
    private final String bottom;
    private final float labelWidth;
    /** Per turn its label (the start, then 1, 2 ...) and that label's width. */
    private final String[] turnLabels;
    private final float[] turnWidths;

    StateChart(List<ClientState> trajectory, List<Series> series, Look look, String startLabel, String axisTitle, String low, String high) {
        this.trajectory = trajectory;
        this.series = series;
        this.ink = new ChartInk(look.white());
        this.font = look.skin().getFont("font-small");
        this.palette = look.palette();
        this.unit = look.size().body();
        this.axisTitle = axisTitle;
        GlyphLayout layout = new GlyphLayout(font, axisTitle);
        this.axisTitleWidth = layout.width;
        int[] range = commonRange();
        this.top = range == null ? high : String.valueOf(range[1]);
        this.bottom = range == null ? low : String.valueOf(range[0]);
        layout.setText(font, top);
        float w = layout.width;
        layout.setText(font, bottom);
        this.labelWidth = Math.max(w, layout.width);
        int turns = Math.max(1, trajectory.size() - 1);
        this.turnLabels = new String[turns + 1];
        this.turnWidths = new float[turns + 1];
        for (int i = 0; i <= turns; i++) {
            turnLabels[i] = i == 0 ? startLabel : String.valueOf(i);
            layout.setText(font, turnLabels[i]);
            turnWidths[i] = layout.width;
        }
    }

    /** The common range of all series, or null when they differ (then the axis says low/high). */
    private int[] commonRange() {
        if (series.isEmpty()) return null;
        int min = series.get(0).min(), max = series.get(0).max();
        for (Series s : series) if (s.min() != min || s.max() != max) return null;
        return new int[] {min, max};
    }

    @Override
    public float getPrefWidth() {
        return unit * 30;
    }

    @Override
    public float getPrefHeight() {
        return unit * 12;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        validate();
        float lineH = font.getLineHeight();
        float left = getX() + labelWidth + unit * 0.6f, right = getX() + getWidth() - unit * 0.6f;
        float base = getY() + lineH * 2.4f, roof = getY() + getHeight() - lineH * 0.6f;
        int turns = Math.max(1, trajectory.size() - 1);
        float step = (right - left) / turns;

        Color faint = palette.border(), text = palette.muted();
        // Grid: quarter lines, the bottom one as the axis.
        for (int i = 0; i <= 4; i++) {
            float y = base + (roof - base) * i / 4f;
            batch.setColor(faint.r, faint.g, faint.b, parentAlpha * (i == 0 ? 1f : 0.55f));
            ink.line(batch, left, y, right, y, i == 0 ? 2f : 1f);
        }
        font.setColor(text.r, text.g, text.b, parentAlpha);
        font.draw(batch, top, getX(), roof + lineH * 0.35f);
        font.draw(batch, bottom, getX(), base + lineH * 0.35f);

        // Turn numbers, thinned out when they would collide.
        int every = Math.max(1, (int) Math.ceil((turnWidths[turns] + unit * 0.8f) / step));
        for (int i = 0; i <= turns; i++) {
            float x = left + step * i;
            batch.setColor(faint.r, faint.g, faint.b, parentAlpha);
            ink.line(batch, x, base, x, base - unit * 0.3f, 1.5f);
            if (i % every != 0 && i != turns) continue;
            font.draw(batch, turnLabels[i], x - turnWidths[i] / 2, base - unit * 0.4f);
        }
        font.draw(batch, axisTitle, left + (right - left - axisTitleWidth) / 2, getY() + lineH * 0.95f);

        float width = palette.highContrast() ? 3.5f : 3f, markSize = unit * 0.5f;
        for (Series s : series) {
            batch.setColor(s.color().r, s.color().g, s.color().b, parentAlpha);
            float px = 0, py = 0;
            for (int i = 0; i < trajectory.size(); i++) {
                float x = left + step * i, y = base + (roof - base) * level(s, trajectory.get(i));
                if (i > 0) ink.dashed(batch, px, py, x, y, width, unit * 0.6f * (s.gap() > 0 ? s.dash() : 1), unit * 0.6f * s.gap());
                px = x;
                py = y;
            }
            for (int i = 0; i < trajectory.size(); i++) {
                float x = left + step * i, y = base + (roof - base) * level(s, trajectory.get(i));
                ink.mark(batch, s.mark(), x, y, markSize);
            }
        }
        batch.setColor(Color.WHITE);
        font.setColor(Color.WHITE);
    }

    private static float level(Series s, ClientState state) {
        if (s.max() <= s.min()) return 0.5f;
        return Math.max(0, Math.min(1, (state.get(s.id()) - s.min()) / (float) (s.max() - s.min())));
    }
}
