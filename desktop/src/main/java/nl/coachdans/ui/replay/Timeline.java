package nl.coachdans.ui.replay;

import nl.coachdans.replay.Playhead;
import nl.coachdans.replay.StudyMarks;
import nl.coachdans.replay.TurnMarkers;
import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.BitmapFontCache;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.ui.Widget;
import nl.coachdans.ui.debrief.ChartInk;
import nl.coachdans.ui.look.Palette;

import java.util.function.IntConsumer;

/**
 * All turns of the session on one line under the floor: a tick per turn with its number, a green
 * dot above a turn where a step was reached, a red cross where a risk was committed (larger for a
 * critical one), a small diamond below a turn the trainee marked in study mode, and the playhead.
 * A click (or drag) jumps to the nearest turn; the keyboard does the same with Home/End and numbers.
 */
final class Timeline extends Widget {
    private final int n;
    private final Playhead head;
    private final TurnMarkers markers;
    private final StudyMarks marks;
    private final DancerSprites sprites;
    private final ChartInk ink;
    private final Palette palette;
    private final FloorColors colors;
    private final float unit;
    private final BitmapFontCache[] labels;
    private final float[] labelWidths;
    private final float labelHeight;

    Timeline(int turns, Playhead head, TurnMarkers markers, StudyMarks marks, FloorColors colors, DancerSprites sprites,
             Palette palette, BitmapFont small, float unit, String startLabel, IntConsumer jump) {
        this.n = turns;
        this.head = head;
        this.markers = markers;
        this.marks = marks;
        this.colors = colors;
        this.palette = palette;
        this.sprites = sprites;
        this.ink = new ChartInk(sprites.white);
        this.unit = unit;
        this.labels = new BitmapFontCache[turns + 1];
        this.labelWidths = new float[turns + 1];
        GlyphLayout layout = new GlyphLayout();
        for (int i = 0; i <= turns; i++) {
            String text = i == 0 ? startLabel : String.valueOf(i);
            labels[i] = small.newFontCache();
            labels[i].setText(text, 0, 0);
            labels[i].setColors(palette.muted());
            layout.setText(small, text);
            labelWidths[i] = layout.width;
        }
        this.labelHeight = small.getCapHeight();
        addListener(new InputListener() {
            @Override
            public boolean touchDown(InputEvent event, float x, float y, int pointer, int button) {
                jump.accept(nearest(x));
                return true;
            }

            @Override
            public void touchDragged(InputEvent event, float x, float y, int pointer) {
                int k = nearest(x);
                if (k != head.to()) jump.accept(k);
            }
        });
    }

    private float left() {
        return unit * 1.2f;
    }

    private float right() {
        return getWidth() - unit * 1.2f;
    }

    private float xOf(float figure) {
        return left() + (right() - left()) * (n == 0 ? 0 : figure / n);
    }

    int nearest(float localX) {
        if (n == 0) return 0;
        float f = (localX - left()) / (right() - left()) * n;
        return Math.max(0, Math.min(n, Math.round(f)));
    }

    @Override
    public float getPrefWidth() {
        return unit * 30;
    }

    @Override
    public float getPrefHeight() {
        return unit * 3.5f;
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        validate();
        float x0 = getX(), y0 = getY();
        float track = y0 + getHeight() * 0.5f;
        Color border = palette.border(), accent = palette.accent();
        batch.setColor(border.r, border.g, border.b, 1);
        ink.line(batch, x0 + left(), track, x0 + right(), track, 4f);
        float pos = head.from() + (head.to() - head.from()) * head.progress();
        batch.setColor(accent.r, accent.g, accent.b, 1);
        ink.line(batch, x0 + left(), track, x0 + xOf(pos), track, 4f);

        // Numbers are thinned out when they would collide.
        float spacing = n == 0 ? 1000 : (right() - left()) / n;
        int every = Math.max(1, (int) Math.ceil((labelWidths[n] + unit * 0.7f) / spacing));
        float dot = unit * 0.55f;
        for (int i = 0; i <= n; i++) {
            float x = x0 + xOf(i);
            batch.setColor(border.r, border.g, border.b, 1);
            ink.line(batch, x, track - unit * 0.3f, x, track + unit * 0.3f, 2f);
            if (markers.hasStep(i)) {
                batch.setColor(colors.tune.r, colors.tune.g, colors.tune.b, 1);
                batch.draw(sprites.dot, x - dot / 2, track + unit * 0.35f, dot, dot);
            }
            if (markers.hasRisk(i)) {
                float size = markers.hasCritical(i) ? unit * 0.95f : unit * 0.7f;
                batch.setColor(colors.stumble.r, colors.stumble.g, colors.stumble.b, 1);
                batch.draw(sprites.cross, x - size / 2, track + unit * 0.85f, size, size);
            }
            if (i > 0 && marks.at(i) != null) {
                batch.setColor(accent.r, accent.g, accent.b, 1);
                ink.mark(batch, ChartInk.Mark.DIAMOND, x, track - unit * 0.5f - labelHeight - unit * 0.45f, unit * 0.42f);
            }
        }
        // The numbers after all sprites, so the batch switches to the font's texture only once.
        for (int i = 0; i <= n; i++) {
            if (i % every != 0 && i != n) continue;
            labels[i].setPosition(x0 + xOf(i) - labelWidths[i] / 2, track - unit * 0.5f);
            labels[i].draw(batch);
        }
        float knob = unit * 0.95f, cx = x0 + xOf(pos);
        batch.setColor(palette.background().r, palette.background().g, palette.background().b, 1);
        batch.draw(sprites.dot, cx - knob * 0.62f, track - knob * 0.62f, knob * 1.24f, knob * 1.24f);
        batch.setColor(accent.r, accent.g, accent.b, 1);
        batch.draw(sprites.dot, cx - knob / 2, track - knob / 2, knob, knob);
        batch.setColor(1, 1, 1, 1);
    }
}
