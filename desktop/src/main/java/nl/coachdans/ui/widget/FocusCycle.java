package nl.coachdans.ui.widget;

import com.badlogic.gdx.Input;
import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.Disableable;

import java.util.ArrayList;
import java.util.List;

/**
 * Keyboard focus over a screen's interactive parts, in reading order. Tab and the arrow keys move,
 * Enter or Space activates. scene2d has no focus traversal for buttons, so every screen registers
 * its parts here; {@link FocusRing} draws where the focus is.
 */
public final class FocusCycle {
    /** One focusable part; {@code id} names it for the window test's trace. */
    public record Entry(String id, Actor actor, Runnable action) { }

    private final List<Entry> entries = new ArrayList<>();
    private final Stage stage;
    private int index = -1;
    private Runnable onMove = () -> { };

    public FocusCycle(Stage stage) {
        this.stage = stage;
    }

    public void clear() {
        entries.clear();
        index = -1;
    }

    /** Called after every focus change, e.g. to scroll the focused part into view. */
    public void onMove(Runnable listener) {
        this.onMove = listener;
    }

    public <T extends Actor> T add(String id, T actor, Runnable action) {
        entries.add(new Entry(id, actor, action));
        return actor;
    }

    public List<String> ids() {
        return entries.stream().map(Entry::id).toList();
    }

    public int index() {
        return index;
    }

    public int size() {
        return entries.size();
    }

    public Actor focused() {
        return index >= 0 && index < entries.size() ? entries.get(index).actor() : null;
    }

    public void focus(int i) {
        if (entries.isEmpty()) {
            index = -1;
            return;
        }
        index = Math.floorMod(i, entries.size());
        Actor a = entries.get(index).actor();
        // Only a focused text field takes typed keys; otherwise keys stay with the screen.
        stage.setKeyboardFocus(a instanceof TextField ? a : null);
        onMove.run();
    }

    public void focus(Actor actor) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).actor() == actor) {
                focus(i);
                return;
            }
        }
    }

    public void focusId(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                focus(i);
                return;
            }
        }
    }

    public boolean typingInField() {
        return focused() instanceof TextField;
    }

    public void activate() {
        if (index < 0 || index >= entries.size()) return;
        Entry e = entries.get(index);
        if (e.actor() instanceof Disableable d && d.isDisabled()) return;
        if (e.action() != null) e.action().run();
    }

    /** Handles navigation keys; returns true when the key was used. */
    public boolean keyDown(int keycode, boolean shift) {
        if (entries.isEmpty()) return false;
        boolean field = typingInField();
        switch (keycode) {
            case Input.Keys.TAB -> {
                focus(index + (shift ? -1 : 1));
                return true;
            }
            case Input.Keys.DOWN -> {
                focus(index + 1);
                return true;
            }
            case Input.Keys.UP -> {
                focus(index - 1);
                return true;
            }
            case Input.Keys.RIGHT -> {
                if (field) return false; // the caret moves inside the field
                focus(index + 1);
                return true;
            }
            case Input.Keys.LEFT -> {
                if (field) return false;
                focus(index - 1);
                return true;
            }
            case Input.Keys.ENTER, Input.Keys.NUMPAD_ENTER -> {
                activate();
                return true;
            }
            case Input.Keys.SPACE -> {
                if (field) return false;
                activate();
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
