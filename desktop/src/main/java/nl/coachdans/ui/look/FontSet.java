package nl.coachdans.ui.look;

import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.BitmapFont;
import com.badlogic.gdx.graphics.g2d.PixmapPacker;
import com.badlogic.gdx.graphics.g2d.TextureRegion;
import com.badlogic.gdx.graphics.g2d.freetype.FreeTypeFontGenerator;
import com.badlogic.gdx.utils.Array;
import nl.coachdans.ui.text.AssetFiles;

import java.util.ArrayList;
import java.util.List;

/**
 * The five fonts of one text size, made from DejaVu Sans with FreeType. Glyphs are rasterised
 * incrementally, the first time a text needs them: start-up and a change of text size pay only for
 * the characters on screen, and any character a trainee types or a scenario uses appears at a crisp
 * size (bitmaps are never scaled).
 *
 * <p>{@link #prepare} opens the faces and sets up the fonts on the look's atlas without OpenGL, so
 * the game runs it on a background thread while the window opens; {@link #realize} makes the fonts
 * on the render thread. From then on the fonts belong to the render thread: a new
 * glyph is packed straight into the atlas texture. The faces stay open as long as the fonts live.
 */
public record FontSet(BitmapFont body, BitmapFont bold, BitmapFont small, BitmapFont heading, BitmapFont title,
                      List<FreeTypeFontGenerator> faces) {

    public static final String REGULAR = "fonts/DejaVuSans.ttf";
    public static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    /** Faces opened and fonts set up on the look's atlas, not yet textures. */
    public record Prepared(List<FreeTypeFontGenerator.FreeTypeBitmapFontData> data, List<FreeTypeFontGenerator> faces) { }

    public static Prepared prepare(AssetFiles files, int bodySize, PixmapPacker atlas) {
        FreeTypeFontGenerator regular = new FreeTypeFontGenerator(files.file(REGULAR));
        FreeTypeFontGenerator bold;
        try {
            bold = new FreeTypeFontGenerator(files.file(BOLD));
        } catch (RuntimeException e) {
            regular.dispose();
            throw e;
        }
        try {
            List<FreeTypeFontGenerator.FreeTypeBitmapFontData> data = new ArrayList<>();
            int[] sizes = {bodySize, bodySize, Math.round(bodySize * 0.84f), Math.round(bodySize * 1.35f), Math.round(bodySize * 2.0f)};
            FreeTypeFontGenerator[] faces = {regular, bold, regular, bold, bold};
            for (int i = 0; i < sizes.length; i++) {
                FreeTypeFontGenerator.FreeTypeFontParameter p = new FreeTypeFontGenerator.FreeTypeFontParameter();
                p.size = sizes[i];
                // Only the space ahead (the generator needs it). Rasterising the common glyphs or the
                // menu's here, while the window opens, was measured and saved nothing on two cores.
                p.characters = " ";
                p.incremental = true;
                p.kerning = true;
                p.packer = atlas;
                p.minFilter = Texture.TextureFilter.Linear;
                p.magFilter = Texture.TextureFilter.Linear;
                data.add(faces[i].generateData(p));
            }
            return new Prepared(data, List.of(regular, bold));
        } catch (RuntimeException e) {
            regular.dispose();
            bold.dispose();
            throw e;
        }
    }

    /** Gives the atlas its textures and makes the fonts; render thread only. */
    public static FontSet realize(Prepared prepared, PixmapPacker atlas) {
        List<BitmapFont> fonts = new ArrayList<>();
        for (FreeTypeFontGenerator.FreeTypeBitmapFontData d : prepared.data()) {
            Array<TextureRegion> regions = new Array<>();
            atlas.updateTextureRegions(regions, Texture.TextureFilter.Linear, Texture.TextureFilter.Linear, false);
            d.regions = regions;
            BitmapFont font = new BitmapFont(d, regions, true);
            // The atlas owns the textures; it is disposed with the skin.
            font.setOwnsTexture(false);
            // Scenario texts are shown literally: '[' must never start a colour tag.
            font.getData().markupEnabled = false;
            fonts.add(font);
        }
        return new FontSet(fonts.get(0), fonts.get(1), fonts.get(2), fonts.get(3), fonts.get(4), prepared.faces());
    }
}
