package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ProgressBar;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.TextureRegionDrawable;
import com.badlogic.gdx.utils.Disposable;
import nl.coachdans.settings.TextSize;
import nl.coachdans.ui.text.AssetFiles;

import java.util.List;
import java.util.Map;

/**
 * Builds the scene2d skin in code: fonts from {@link FontSet}, rounded {@link Panels}, and every
 * label, button, field and scroll style the screens use. No binary skin files, so the
 * high-contrast variant is the same code with another palette.
 *
 * <p>Building is split in two: {@link #prepare} makes the pixels (the atlas with glyphs and
 * panels) on any thread, so start-up runs it while the window opens; {@link #build} turns them into
 * textures and styles on the render thread.
 */
public final class LookFactory {
    /** The atlas page size: the glyphs of five fonts and the panels share one texture. */
    static final int ATLAS_SIDE = 1024;

    private final AssetFiles files;

    public LookFactory(AssetFiles files) {
        this.files = files;
    }

    /**
     * A look's pixels, made without OpenGL, and its still empty skin: the first skin of a run loads
     * the classes of every scene2d widget, which is better done here than on the render thread.
     */
    public record Prepared(TextSize size, Palette palette, PixmapPacker atlas, FontSet.Prepared fonts, List<Panels.Panel> panels,
                           Skin skin) { }

    /** Builds a look on the render thread (a settings change). */
    public Look build(TextSize size, boolean highContrast) {
        return build(prepare(size, highContrast));
    }

    /** The CPU half of building a look; safe on any thread. */
    public Prepared prepare(TextSize size, boolean highContrast) {
        Palette p = highContrast ? Palette.highContrastPalette() : Palette.calmPalette();
        // Padding keeps linear filtering from blending neighbours; no border copies, so new glyphs
        // can go straight into the texture.
        PixmapPacker atlas = new PixmapPacker(ATLAS_SIDE, ATLAS_SIDE, Pixmap.Format.RGBA8888, 2, false, new PixmapPacker.SkylineStrategy());
        FontSet.Prepared fonts = null;
        try {
            fonts = FontSet.prepare(files, size.body(), atlas);
            List<Panels.Panel> panels = Panels.of(p, size);
            Panels.paint(panels, atlas);
            Pixmap white = new Pixmap(4, 4, Pixmap.Format.RGBA8888);
            white.setColor(Color.WHITE);
            white.fill();
            atlas.pack(Styles.WHITE, white);
            white.dispose();
            return new Prepared(size, p, atlas, fonts, panels, new Skin());
        } catch (RuntimeException e) {
            if (fonts != null) fonts.faces().forEach(FreeTypeFontGenerator::dispose);
            atlas.dispose();
            throw e;
        }
    }

    /** Builds a look from its prepared pixels; render thread only. */
    public Look build(Prepared prepared) {
        Palette p = prepared.palette();
        TextSize size = prepared.size();
        boolean highContrast = p.highContrast();
        FontSet fonts = FontSet.realize(prepared.fonts(), prepared.atlas());
        Skin skin = prepared.skin();
        // The skin disposes the atlas and the faces with everything else.
        skin.add("atlas", prepared.atlas(), Disposable.class);
        for (int i = 0; i < fonts.faces().size(); i++) skin.add("face-" + i, fonts.faces().get(i), Disposable.class);
        skin.add("font-body", fonts.body(), BitmapFont.class);
        skin.add("font-bold", fonts.bold(), BitmapFont.class);
        skin.add("font-small", fonts.small(), BitmapFont.class);
        skin.add("font-heading", fonts.heading(), BitmapFont.class);
        skin.add("font-title", fonts.title(), BitmapFont.class);

        // The inner 2x2 of the white square, so filtering never reaches its edge.
        TextureRegion white = Panels.region(prepared.atlas(), Styles.WHITE);
        skin.add(Styles.WHITE, new TextureRegion(white, 1, 1, 2, 2), TextureRegion.class);

        Map<String, Drawable> d = Panels.drawables(prepared.panels(), prepared.atlas());
        skin.add(Styles.PANEL, d.get("d-panel"), Drawable.class);
        skin.add(Styles.PANEL_ALT, d.get("d-panel-alt"), Drawable.class);
        skin.add(Styles.BUBBLE, d.get("d-bubble"), Drawable.class);
        skin.add(Styles.COACH_BUBBLE, d.get("d-coach"), Drawable.class);
        skin.add(Styles.EMAIL_HEADER, d.get("d-email"), Drawable.class);
        skin.add(Styles.FEEDBACK, d.get("d-feedback"), Drawable.class);
        skin.add(Styles.DANGER_PANEL, d.get("d-danger"), Drawable.class);
        skin.add(Styles.CHIP, d.get("d-chip"), Drawable.class);
        TextureRegionDrawable dim = new TextureRegionDrawable(skin.getRegion(Styles.WHITE));
        skin.add(Styles.DIM, dim.tint(highContrast ? new Color(0, 0, 0, 0.85f) : new Color(0.1f, 0.1f, 0.12f, 0.55f)), Drawable.class);

        addLabels(skin, p, fonts);
        addButtons(skin, p, fonts, d);
        addFields(skin, p, fonts, d);
        return new Look(skin, p, size);
    }

    private static void addLabels(Skin skin, Palette p, FontSet f) {
        skin.add(Styles.DEFAULT, new Label.LabelStyle(f.body(), p.text()));
        skin.add(Styles.BOLD, new Label.LabelStyle(f.bold(), p.text()));
        skin.add(Styles.SMALL, new Label.LabelStyle(f.small(), p.text()));
        skin.add(Styles.MUTED, new Label.LabelStyle(f.small(), p.muted()));
        skin.add(Styles.HEADING, new Label.LabelStyle(f.heading(), p.text()));
        skin.add(Styles.TITLE, new Label.LabelStyle(f.title(), p.accent()));
        skin.add(Styles.ACCENT, new Label.LabelStyle(f.bold(), p.accent()));
        skin.add(Styles.DANGER, new Label.LabelStyle(f.bold(), p.danger()));
        skin.add(Styles.WARNING, new Label.LabelStyle(f.small(), p.warning()));
        skin.add(Styles.SUCCESS, new Label.LabelStyle(f.bold(), p.success()));
        skin.add(Styles.ON_ACCENT, new Label.LabelStyle(f.bold(), p.onAccent()));
        skin.add(Styles.DISABLED, new Label.LabelStyle(f.body(), p.disabled()));
        skin.add(Styles.HEADING_DISABLED, new Label.LabelStyle(f.heading(), p.disabled()));
    }

    private static void addButtons(Skin skin, Palette p, FontSet f, Map<String, Drawable> d) {
        Drawable up = d.get("b-up");
        Drawable over = d.get("b-over");
        Drawable down = d.get("b-down");
        Drawable off = d.get("b-off");
        Drawable checked = d.get("b-checked");
        Drawable primary = d.get("b-primary");
        Drawable primaryOver = d.get("b-primary-over");

        TextButton.TextButtonStyle normal = new TextButton.TextButtonStyle(up, down, null, f.body());
        normal.over = over;
        normal.fontColor = p.text();
        normal.disabled = off;
        normal.disabledFontColor = p.disabled();
        skin.add(Styles.DEFAULT, normal);

        TextButton.TextButtonStyle prim = new TextButton.TextButtonStyle(primary, primaryOver, null, f.bold());
        prim.over = primaryOver;
        prim.fontColor = p.onAccent();
        prim.disabled = off;
        prim.disabledFontColor = p.disabled();
        skin.add(Styles.PRIMARY, prim);

        TextButton.TextButtonStyle toggle = new TextButton.TextButtonStyle(normal);
        toggle.checked = checked;
        toggle.checkedOver = checked;
        toggle.checkedFontColor = p.onAccent();
        skin.add(Styles.TOGGLE, toggle);

        Button.ButtonStyle card = new Button.ButtonStyle(d.get("c-up"), d.get("c-down"), null);
        card.over = d.get("c-over");
        card.disabled = d.get("c-off");
        skin.add(Styles.CARD, card);

        Button.ButtonStyle option = new Button.ButtonStyle(up, down, null);
        option.over = over;
        option.disabled = off;
        skin.add(Styles.OPTION, option);
        skin.add(Styles.DEFAULT, new Button.ButtonStyle(up, down, null));
    }

    private static void addFields(Skin skin, Palette p, FontSet f, Map<String, Drawable> d) {
        TextField.TextFieldStyle field = new TextField.TextFieldStyle();
        field.font = f.body();
        field.fontColor = p.text();
        field.messageFont = f.body();
        field.messageFontColor = p.disabled();
        field.background = d.get("f-up");
        field.focusedBackground = d.get("f-focus");
        TextureRegionDrawable white = new TextureRegionDrawable(skin.getRegion(Styles.WHITE));
        field.cursor = white.tint(p.text());
        field.cursor.setMinWidth(2);
        field.selection = white.tint(Panels.mix(p.surface(), p.accent(), 0.4f));
        skin.add(Styles.DEFAULT, field);

        ScrollPane.ScrollPaneStyle scroll = new ScrollPane.ScrollPaneStyle();
        scroll.vScrollKnob = d.get("s-knob");
        scroll.vScrollKnob.setMinWidth(8);
        scroll.vScrollKnob.setMinHeight(24);
        skin.add(Styles.DEFAULT, scroll);

        ProgressBar.ProgressBarStyle bar = new ProgressBar.ProgressBarStyle();
        bar.background = d.get("p-bg");
        bar.background.setMinHeight(18);
        bar.knobBefore = d.get("p-fill");
        bar.knobBefore.setMinHeight(18);
        bar.knobBefore.setMinWidth(0);
        skin.add("default-horizontal", bar);
    }
}
