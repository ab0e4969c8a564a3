package nl.coachdans.ui.widget;

import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import nl.coachdans.ui.look.Look;
import nl.coachdans.ui.look.Styles;

import java.util.List;

/**
 * What Esc opens on every screen: a dimmed layer with resume, restart (where it makes sense) and
 * back to the menu. It has its own focus cycle, so the screen below cannot be driven by accident.
 */
public final class PauseOverlay {
    /** One action on the overlay. */
    public record Action(String id, String text, Runnable run) { }

    private final Table layer = new Table();
    private final FocusCycle focus;

    public PauseOverlay(Stage stage, Look look, String title, String hint, List<Action> actions) {
        this.focus = new FocusCycle(stage);
        Ui ui = new Ui(look, focus);
        layer.setFillParent(true);
        layer.setBackground(look.skin().getDrawable(Styles.DIM));
        Table panel = ui.panel(Styles.PANEL);
        float g = look.gap();
        panel.add(ui.label(title, Styles.HEADING)).left().padBottom(g).row();
        for (Action a : actions) {
            TextButton b = ui.button(a.id(), a.text(), a.id().equals("resume") ? Styles.PRIMARY : Styles.DEFAULT, a.run());
            panel.add(b).growX().minWidth(look.size().body() * 16f).padBottom(g * 0.6f).row();
        }
        panel.add(ui.wrapped(hint, Styles.MUTED)).growX().padTop(g * 0.4f).width(look.size().body() * 16f);
        layer.add(panel).center();
        layer.setVisible(false);
    }

    public Table layer() {
        return layer;
    }

    public FocusCycle focus() {
        return focus;
    }

    public boolean open() {
        return layer.isVisible();
    }

    public void show() {
        layer.setVisible(true);
        layer.toFront();
        focus.focus(0);
    }

    public void hide() {
        layer.setVisible(false);
    }
}
