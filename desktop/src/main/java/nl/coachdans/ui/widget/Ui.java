package nl.coachdans.ui.widget;

import com.badlogic.gdx.scenes.scene2d.Actor;
import com.badlogic.gdx.scenes.scene2d.InputEvent;
import com.badlogic.gdx.scenes.scene2d.InputListener;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.ChangeListener;
import com.badlogic.gdx.scenes.scene2d.utils.ClickListener;
import com.badlogic.gdx.utils.Align;
import nl.coachdans.ui.look.Look;

/**
 * Small factory for the widgets every screen uses, so that each button is registered with the
 * screen's {@link FocusCycle} the same way and mouse and keyboard always do the same thing.
 */
public record Ui(Look look, FocusCycle focus) {

    public Skin skin() {
        return look.skin();
    }

    public float gap() {
        return look.gap();
    }

    public Label label(String text, String style) {
        return new Label(text, look.skin(), style);
    }

    /** A label that wraps to its cell's width (give the cell a width or growX). */
    public Label wrapped(String text, String style) {
        Label l = new Label(text, look.skin(), style);
        l.setWrap(true);
        l.setAlignment(Align.topLeft);
        return l;
    }

    /**
     * A one-line text field in the focus cycle: it starts with {@code text}, the cursor at its end,
     * shows {@code placeholder} while empty (null: nothing), takes at most {@code maxLength}
     * characters (0: no limit), and Enter runs {@code onEnter}. Tab moves through the focus cycle,
     * not through the field; a click into it moves the cycle's focus along, so keyboard and mouse
     * agree on where the trainee is.
     */
    public TextField field(String id, String text, String placeholder, int maxLength, Runnable onEnter) {
        TextField field = new TextField(text == null ? "" : text, look.skin());
        field.setCursorPosition(field.getText().length());
        if (placeholder != null) field.setMessageText(placeholder);
        if (maxLength > 0) field.setMaxLength(maxLength);
        field.setFocusTraversal(false);
        focus.add(id, field, onEnter);
        field.addListener(new InputListener() {
            @Override
            public boolean touchDown(InputEvent event, float x, float y, int pointer, int button) {
                focus.focus(field);
                return false;
            }
        });
        return field;
    }

    /** A button sized to its text. */
    public TextButton button(String id, String text, String style, Runnable action) {
        return register(id, new TextButton(text, look.skin(), style), action);
    }

    /** A button whose text wraps; its cell must give it a width (wrapped text has no preferred width). */
    public TextButton wrappingButton(String id, String text, String style, Runnable action) {
        TextButton b = new TextButton(text, look.skin(), style);
        b.getLabel().setWrap(true);
        return register(id, b, action);
    }

    /** A button holding arbitrary content (cards, options). */
    public Button container(String id, Table content, String style, Runnable action) {
        Button b = new Button(look.skin(), style);
        b.add(content).grow();
        return register(id, b, action);
    }

    /** A part that can take focus (so the page scrolls to it) but does nothing when activated. */
    public <T extends Actor> T section(String id, T actor) {
        focus.add(id, actor, null);
        actor.addListener(new ClickListener() {
            @Override
            public void clicked(InputEvent event, float x, float y) {
                focus.focus(actor);
            }
        });
        return actor;
    }

    private <T extends Button> T register(String id, T b, Runnable action) {
        focus.add(id, b, action);
        b.addListener(new ChangeListener() {
            @Override
            public void changed(ChangeEvent event, Actor actor) {
                if (b.isDisabled()) return;
                focus.focus(b);
                action.run();
            }
        });
        return b;
    }

    public Table panel(String drawable) {
        Table t = new Table();
        t.setBackground(look.skin().getDrawable(drawable));
        return t;
    }
}
