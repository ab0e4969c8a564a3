package nl.coachdans.ui.widget;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.g2d.Batch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Touchable;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;

import java.util.function.Supplier;

/**
 * Draws a thick outline around whatever has keyboard focus, on top of everything else, so the
 * focus is always visible whatever the widget's own style (buttons, cards, fields, sections).
 */
public final class FocusRing extends Actor {
    private final Supplier<Actor> target;
    private final TextureRegion white;
    private final Color color;
    private final float thickness;
    private final Vector2 tmp = new Vector2();

    public FocusRing(Supplier<Actor> target, TextureRegion white, Color color, float thickness) {
        this.target = target;
        this.white = white;
        this.color = new Color(color);
        this.thickness = thickness;
        setTouchable(Touchable.disabled);
    }

    @Override
    public void draw(Batch batch, float parentAlpha) {
        Actor a = target.get();
        if (a == null || a.getStage() == null || !a.isVisible()) return;
        a.localToStageCoordinates(tmp.set(0, 0));
        float gap = thickness;
        float x = tmp.x - gap - thickness, y = tmp.y - gap - thickness;
        float w = a.getWidth() + 2 * (gap + thickness), h = a.getHeight() + 2 * (gap + thickness);
        float top = y + h, bottom = y;
        // Inside a scroll area the ring follows what is visible of the part: an edge that is
        // scrolled away is not drawn over the header or footer.
        ScrollPane pane = FocusScroll.paneOf(a);
        boolean cutTop = false, cutBottom = false;
        if (pane != null) {
            pane.localToStageCoordinates(tmp.set(0, 0));
            float paneTop = tmp.y + pane.getHeight() + gap + thickness, paneBottom = tmp.y - gap - thickness;
            if (top > paneTop) {
                top = paneTop;
                cutTop = true;
            }
            if (bottom < paneBottom) {
                bottom = paneBottom;
                cutBottom = true;
            }
            if (top <= bottom) return;
        }
        batch.setColor(color.r, color.g, color.b, color.a * parentAlpha);
        if (!cutBottom) batch.draw(white, x, bottom, w, thickness);
        if (!cutTop) batch.draw(white, x, top - thickness, w, thickness);
        batch.draw(white, x, bottom, thickness, top - bottom);
        batch.draw(white, x + w - thickness, bottom, thickness, top - bottom);
        batch.setColor(Color.WHITE);
    }
}
