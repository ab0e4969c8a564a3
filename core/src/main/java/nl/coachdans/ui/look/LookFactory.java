package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Color;
import com.badlogic.gdx.graphics.Pixmap;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.NinePatch;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.scenes.scene2d.ui.Button;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.ProgressBar;
import com.badlogic.gdx.scenes.scene2d.ui.ScrollPane;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.TextButton;
import com.badlogic.gdx.scenes.scene2d.ui.TextField;
import com.badlogic.gdx.scenes.scene2d.utils.Drawable;
import com.badlogic.gdx.scenes.scene2d.utils.NinePatchDrawable;
import com.badlogic.gdx.scenes.scene2d.utils.TextureRegionDrawable;
import nl.coachdans.ui.settings.TextSize;

import java.nio.file.Path;

/**
 * Builds the scene2d skin in code: fonts from {@link FontSet}, rounded panels painted into small
 * textures, and every label, button, field and scroll style the screens use. No binary skin files,
 * so the high-contrast variant is the same code with another palette.
 */
public final class LookFactory {
    private final Path assetsRoot;
    private final String characters;

    public LookFactory(Path assetsRoot, String characters) {
        this.assetsRoot = assetsRoot;
        this.characters = characters;
    }

    /** Builds a look on the render thread, generating its fonts there too (a settings change). */
    public Look build(TextSize size, boolean highContrast) {
        return build(size, highContrast, prepareFonts(size));
    }

    /** The CPU half of font generation; safe on any thread. */
    public FontSet.Prepared prepareFonts(TextSize size) {
        return FontSet.prepare(assetsRoot, size.body(), characters);
    }

    /** Builds a look from fonts prepared earlier (at start-up, on a background thread). */
    public Look build(TextSize size, boolean highContrast, FontSet.Prepared prepared) {
        Palette p = highContrast ? Palette.highContrastPalette() : Palette.calmPalette();
        FontSet fonts = FontSet.realize(prepared);
        Skin skin = new Skin();
        for (int i = 0; i < fonts.packers().size(); i++) skin.add("font-pages-" + i, fonts.packers().get(i), com.badlogic.gdx.graphics.g2d.PixmapPacker.class);
        skin.add("font-body", fonts.body(), BitmapFont.class);
        skin.add("font-bold", fonts.bold(), BitmapFont.class);
        skin.add("font-small", fonts.small(), BitmapFont.class);
        skin.add("font-heading", fonts.heading(), BitmapFont.class);
        skin.add("font-title", fonts.title(), BitmapFont.class);

        Pixmap px = new Pixmap(4, 4, Pixmap.Format.RGBA8888);
        px.setColor(Color.WHITE);
        px.fill();
        Texture whiteTex = new Texture(px);
        px.dispose();
        skin.add("white-texture", whiteTex, Texture.class);
        skin.add(Styles.WHITE, new TextureRegion(whiteTex, 1, 1, 2, 2), TextureRegion.class);

        int bw = highContrast ? 2 : 1;
        float padX = Math.round(size.body() * 0.8f), padY = Math.round(size.body() * 0.45f);
        Drawable panel = patch(skin, "d-panel", p.surface(), p.border(), 10, bw, padX, padX);
        skin.add(Styles.PANEL, panel, Drawable.class);
        skin.add(Styles.PANEL_ALT, patch(skin, "d-panel-alt", p.surfaceAlt(), p.surfaceAlt(), 10, 0, padX, padX), Drawable.class);
        skin.add(Styles.BUBBLE, patch(skin, "d-bubble", p.surface(), p.border(), 14, bw, padX, padY * 1.6f), Drawable.class);
        skin.add(Styles.COACH_BUBBLE, patch(skin, "d-coach", p.coach(), highContrast ? p.border() : p.coach(), 14, bw, padX, padY * 1.2f), Drawable.class);
        skin.add(Styles.EMAIL_HEADER, patch(skin, "d-email", p.surfaceAlt(), p.surfaceAlt(), 6, 0, padX, padY), Drawable.class);
        skin.add(Styles.FEEDBACK, patch(skin, "d-feedback", mix(p.surface(), p.accent(), highContrast ? 0f : 0.10f), p.accent(), 10, bw, padX, padY * 1.2f), Drawable.class);
        skin.add(Styles.DANGER_PANEL, patch(skin, "d-danger", mix(p.surface(), p.danger(), highContrast ? 0f : 0.08f), p.danger(), 10, bw + 1, padX, padY * 1.2f), Drawable.class);
        skin.add(Styles.CHIP, patch(skin, "d-chip", p.surfaceAlt(), p.border(), 8, bw, padY, padY * 0.4f), Drawable.class);
        TextureRegionDrawable dim = new TextureRegionDrawable(skin.getRegion(Styles.WHITE));
        skin.add(Styles.DIM, dim.tint(highContrast ? new Color(0, 0, 0, 0.85f) : new Color(0.1f, 0.1f, 0.12f, 0.55f)), Drawable.class);

        addLabels(skin, p, fonts);
        addButtons(skin, p, fonts, bw, padX, padY);
        addFields(skin, p, fonts, bw, padX, padY);
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

    private void addButtons(Skin skin, Palette p, FontSet f, int bw, float padX, float padY) {
        Drawable up = patch(skin, "b-up", p.surface(), p.border(), 8, bw, padX, padY);
        Drawable over = patch(skin, "b-over", p.surfaceAlt(), p.accent(), 8, bw, padX, padY);
        Drawable down = patch(skin, "b-down", mix(p.surfaceAlt(), p.accent(), 0.25f), p.accent(), 8, bw, padX, padY);
        Drawable off = patch(skin, "b-off", p.surfaceAlt(), p.surfaceAlt(), 8, bw, padX, padY);
        Drawable checked = patch(skin, "b-checked", p.accent(), p.accent(), 8, bw, padX, padY);
        Drawable primary = patch(skin, "b-primary", p.accent(), p.accent(), 8, bw, padX, padY);
        Drawable primaryOver = patch(skin, "b-primary-over", mix(p.accent(), p.text(), 0.15f), p.accent(), 8, bw, padX, padY);

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

        Button.ButtonStyle card = new Button.ButtonStyle(
                patch(skin, "c-up", p.surface(), p.border(), 12, bw, padX, padX * 0.8f),
                patch(skin, "c-down", mix(p.surface(), p.accent(), 0.12f), p.accent(), 12, bw, padX, padX * 0.8f), null);
        card.over = patch(skin, "c-over", p.surface(), p.accent(), 12, bw + 1, padX, padX * 0.8f);
        card.disabled = patch(skin, "c-off", p.surfaceAlt(), p.surfaceAlt(), 12, bw, padX, padX * 0.8f);
        skin.add(Styles.CARD, card);

        Button.ButtonStyle option = new Button.ButtonStyle(up, down, null);
        option.over = over;
        option.disabled = off;
        skin.add(Styles.OPTION, option);
        skin.add(Styles.DEFAULT, new Button.ButtonStyle(up, down, null));
    }

    private void addFields(Skin skin, Palette p, FontSet f, int bw, float padX, float padY) {
        TextField.TextFieldStyle field = new TextField.TextFieldStyle();
        field.font = f.body();
        field.fontColor = p.text();
        field.messageFont = f.body();
        field.messageFontColor = p.disabled();
        field.background = patch(skin, "f-up", p.surface(), p.border(), 6, bw, padY, padY);
        field.focusedBackground = patch(skin, "f-focus", p.surface(), p.accent(), 6, bw + 1, padY, padY);
        TextureRegionDrawable white = new TextureRegionDrawable(skin.getRegion(Styles.WHITE));
        field.cursor = white.tint(p.text());
        field.cursor.setMinWidth(2);
        field.selection = white.tint(mix(p.surface(), p.accent(), 0.4f));
        skin.add(Styles.DEFAULT, field);

        ScrollPane.ScrollPaneStyle scroll = new ScrollPane.ScrollPaneStyle();
        scroll.vScrollKnob = patch(skin, "s-knob", p.border(), p.border(), 4, 0, 0, 0);
        scroll.vScrollKnob.setMinWidth(8);
        scroll.vScrollKnob.setMinHeight(24);
        skin.add(Styles.DEFAULT, scroll);

        ProgressBar.ProgressBarStyle bar = new ProgressBar.ProgressBarStyle();
        bar.background = patch(skin, "p-bg", p.surfaceAlt(), p.border(), 6, bw, 0, 0);
        bar.background.setMinHeight(18);
        bar.knobBefore = patch(skin, "p-fill", p.accent(), p.accent(), 6, 0, 0, 0);
        bar.knobBefore.setMinHeight(18);
        bar.knobBefore.setMinWidth(0);
        skin.add("default-horizontal", bar);
    }

    /**
     * A rounded nine-patch: a small texture whose centre stretches, with the given fill, border
     * and inner padding (so content never touches the border).
     */
    private static Drawable patch(Skin skin, String name, Color fill, Color border, int radius, int borderWidth, float padX, float padY) {
        int r = Math.max(radius, 2);
        int size = r * 2 + 2;
        Pixmap pm = new Pixmap(size, size, Pixmap.Format.RGBA8888);
        pm.setColor(0, 0, 0, 0);
        pm.fill();
        Painter painter = new Painter(pm);
        painter.fill(Painter.roundedRect(0, 0, size, size, r), borderWidth > 0 ? border : fill);
        if (borderWidth > 0) {
            painter.fill(Painter.roundedRect(borderWidth, borderWidth, size - 2 * borderWidth, size - 2 * borderWidth,
                    Math.max(1, r - borderWidth)), fill);
        }
        Texture t = new Texture(pm);
        t.setFilter(Texture.TextureFilter.Linear, Texture.TextureFilter.Linear);
        pm.dispose();
        skin.add(name + "-texture", t, Texture.class);
        NinePatchDrawable d = new NinePatchDrawable(new NinePatch(t, r, r, r, r));
        d.setLeftWidth(padX);
        d.setRightWidth(padX);
        d.setTopHeight(padY);
        d.setBottomHeight(padY);
        return d;
    }

    static Color mix(Color a, Color b, float t) {
        return new Color(a).lerp(b, t);
    }
}
