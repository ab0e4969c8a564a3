package nl.coachdans.ui;

import com.badlogic.gdx.graphics.Mesh;
import com.badlogic.gdx.graphics.OrthographicCamera;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.GlyphLayout;
import com.badlogic.gdx.graphics.g2d.NinePatch;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.graphics.glutils.ShaderProgram;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Cell;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Stack;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.utils.NinePatchDrawable;
import com.badlogic.gdx.scenes.scene2d.utils.TextureRegionDrawable;
import com.badlogic.gdx.utils.viewport.ScreenViewport;
import nl.coachdans.ui.screen.MenuScreen;
import nl.coachdans.ui.widget.FocusCycle;
import nl.coachdans.ui.widget.FocusRing;
import nl.coachdans.ui.widget.PauseOverlay;
import nl.coachdans.ui.widget.Ui;

import java.util.List;

/**
 * The classes the first menu frame needs beyond the window: the batch and its shader, the skin
 * (whose static part names every widget style), the stage, the table layout and the menu itself.
 * Loading them takes some 250 classes from the jar; done on the preparing thread while the window
 * opens, the render thread finds them ready. None of their static parts touches OpenGL.
 */
final class FirstFrameClasses {
    private static final List<Class<?>> ROOTS = List.of(
            SpriteBatch.class, Mesh.class, ShaderProgram.class, OrthographicCamera.class, ScreenViewport.class,
            BitmapFont.class, GlyphLayout.class, NinePatch.class, NinePatchDrawable.class, TextureRegionDrawable.class,
            Skin.class, Stage.class, Table.class, Cell.class, Stack.class, Label.class, TextButton.class, ScrollPane.class,
            MenuScreen.class, Ui.class, FocusCycle.class, FocusRing.class, PauseOverlay.class);

    private FirstFrameClasses() {
    }

    /** Loads and initialises the classes; one that fails is simply left to the render thread. */
    static void load() {
        for (Class<?> c : ROOTS) {
            try {
                Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // Nothing lost: the render thread loads it when it needs it, and reports real problems then.
            }
        }
    }
}
