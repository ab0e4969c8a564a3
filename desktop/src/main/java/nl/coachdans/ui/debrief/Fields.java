package nl.coachdans.ui.debrief;

import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import nl.coachdans.ui.widget.FocusCycle;

/** Helpers for text fields inside a focus cycle. */
public final class Fields {
    private Fields() {
    }

    /**
     * A click into a field gives it the keyboard focus by itself; this moves the screen's focus
     * cycle (and its visible ring) along, so keyboard and mouse agree on where the trainee is.
     */
    public static void focusOnClick(TextField field, FocusCycle focus) {
        field.addListener(new InputListener() {
            @Override
            public boolean touchDown(InputEvent event, float x, float y, int pointer, int button) {
                focus.focus(field);
                return false;
            }
        });
    }
}
