package nl.coachdans.ui.widget;

import com.badlogic.gdx.math.Vector2;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;

/**
 * Keeps a focused part in view inside its scroll area. One rule serves both scrolling to the focus
 * and checking whether it is visible: the part plus a margin (so the focus ring shows), but of a
 * part taller than half the view only its top half, so it is read from its start.
 */
public final class FocusScroll {
    private FocusScroll() {
    }

    /** The scroll area the part is in, or null. */
    public static ScrollPane paneOf(Actor a) {
        if (a == null) return null;
        for (Actor p = a.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getActor() != null) return sp;
        }
        return null;
    }

    /** Scrolls as little as possible to bring the part into view. */
    public static void bringIntoView(Actor a, float margin) {
        ScrollPane sp = paneOf(a);
        if (sp == null) return;
        float[] range = mustShow(sp, a, margin);
        float scroll = sp.getScrollY();
        if (range[0] < scroll) scroll = range[0];
        else if (range[1] > scroll + sp.getScrollHeight()) scroll = range[1] - sp.getScrollHeight();
        sp.setScrollY(Math.max(0, Math.min(scroll, sp.getMaxY())));
        sp.updateVisualScroll();
    }

    /** True when the part is in view, or not in a scroll area at all. */
    public static boolean inView(Actor a, float margin) {
        ScrollPane sp = paneOf(a);
        if (sp == null) return true;
        float[] range = mustShow(sp, a, margin);
        float scroll = sp.getScrollY();
        return range[0] >= scroll - 1 && range[1] <= scroll + sp.getScrollHeight() + 1;
    }

    /** What must show, as distances from the top of the scrolled content. */
    private static float[] mustShow(ScrollPane sp, Actor a, float margin) {
        Vector2 v = a.localToActorCoordinates(sp.getActor(), new Vector2(0, 0));
        float top = sp.getActor().getHeight() - (v.y + a.getHeight()) - margin;
        float bottom = Math.min(top + a.getHeight() + 2 * margin, top + sp.getScrollHeight() * 0.5f);
        return new float[] {Math.max(0, top), Math.min(bottom, sp.getActor().getHeight())};
    }
}
